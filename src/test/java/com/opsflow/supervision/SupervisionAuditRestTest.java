package com.opsflow.supervision;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient.Json;
import com.opsflow.support.RestClient;

/**
 * A supervision audit of 客服部 through the REST API as the demo users: only supervisors plan audits,
 * only 客服部 sees its rectification, and the ledger is read by the department, supervisors and 管理层.
 */
class SupervisionAuditRestTest extends EngineTest {

  @Autowired
  TestRestTemplate http;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  @Test
  @SuppressWarnings("unchecked")
  void customerServiceIsAuditedRectifiesOnceMoreAndTheLedgerShowsIt() {
    assertThat(as("wangfang").post("/process-definition/key/supervision-audit/submit-form", Map.of("variables", Map.of()))
        .getStatusCode()).as("a 市场部 employee does not even see the process").isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> started = as("kongming")
        .post("/process-definition/key/supervision-audit/submit-form", Map.of("variables", Map.of()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String audit = (String) started.getBody().get("id");

    complete("kongming", "制定督导计划", Map.of("auditTitle", "客服部服务质量督导",
        "auditedDepartments", new Json("[\"cs\"]"), "focusAreas", new Json("[\"SERVICE_QUALITY\"]"),
        "auditGoals", "核查服务规范", "auditMethods", "现场检查", "onSiteDate", "2026-12-01",
        "supervisors", new Json("[\"kongming\"]")));
    complete("xulan", "管理层审批督导计划", Map.of("decision", "APPROVE"));
    fire(audit, "Timer_OnSiteDate");
    // the assigned supervisors find the on-site steps in their 部门待办 filter, as Tasklist lists it
    String departmentTasks = (String) as("kongming").list("/filter?name=" + "部门待办").getBody().get(0).get("id");
    assertThat(as("kongming").list("/filter/" + departmentTasks + "/list").getBody())
        .extracting(task -> task.get("name")).containsExactly("准备工作");
    assertThat(as("wulei").list("/filter/" + departmentTasks + "/list").getBody()).isEmpty();
    for (String step : List.of("准备工作", "首次会议", "现场检查", "数据收集", "人员访谈")) {
      complete("kongming", step, Map.of("stepNotes", "完成"));
    }
    complete("kongming", "问题记录", Map.of("findings", new Json("""
        [{"description":"投诉回访超时","focusArea":"SERVICE_QUALITY","scope":"华东区","severity":"MAJOR",\
        "responsibleDepartment":"cs","responsiblePerson":"冯涛"}]""")));
    assertThat(as("lina").list("/task").getBody()).as("市场部 head sees nothing of it").isEmpty();
    complete("zhenghong", "初步沟通", Map.of("causes", "人手不足", "solutions", "调整排班"));
    complete("kongming", "编写督导报告", Map.of("reportExecution", "执行到位", "reportHighlights", "首问负责",
        "reportProblems", "回访超时", "reportAnalysis", "排班", "reportSuggestions", "调整排班"));
    complete("yangjianguo", "管理层审批督导报告", Map.of("decision", "APPROVE"));
    complete("zhenghong", "接收督导报告", Map.of());

    String rectification = (String) as("fengtao").list("/task").getBody().get(0).get("processInstanceId");
    assertThat(as("wangfang").list("/task").getBody()).isEmpty();
    for (int round = 1; round <= 2; round++) {
      complete("fengtao", "制定整改方案", Map.of("measures", "增设回访专员", "rectificationResponsible", "冯涛",
          "rectificationDeadline", "2026-12-20"));
      complete("fengtao", "实施整改并提交结果", Map.of("completionReport", "已整改"));
      fire(rectification, "Timer_RectificationDeadline");
      complete("kongming", "整改验收", round == 1
          ? Map.of("acceptance", "FAIL", "acceptanceComment", "超时率仍偏高")
          : Map.of("acceptance", "PASS"));
    }
    complete("kongming", "总结评估", Map.of("summaryLessons", "排班是关键", "summaryEffect", "超时率 12%→2%",
        "summaryProposals", "推广", "trainingNeeds", "回访话术"));

    ResponseEntity<Map<String, Object>> ledger = as("zhenghong").api("/performance/cs");
    assertThat(ledger.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ledger.getBody()).containsEntry("total", -2);
    assertThat((List<Map<String, Object>>) ledger.getBody().get("entries"))
        .extracting(e -> e.get("person"), e -> e.get("points"), e -> e.get("reason"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, -2, "整改验收未通过：AUD-2026-001 第 1 项问题"),
            org.assertj.core.groups.Tuple.tuple("冯涛", -1, "整改验收未通过：AUD-2026-001 第 1 项问题"));
    assertThat(as("yangjianguo").api("/performance/cs").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("wangfang").api("/performance/cs").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private void complete(String user, String taskName, Map<String, Object> values) {
    List<Map<String, Object>> tasks = as(user).list("/task?name=" + taskName).getBody();
    assertThat(tasks).as("%s's task %s", user, taskName).hasSize(1);
    ResponseEntity<Map<String, Object>> done = as(user).post("/task/" + tasks.get(0).get("id") + "/submit-form", variables(values));
    assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void fire(String processInstanceId, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }
}

package com.opsflow.collaboration;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient.Json;
import com.opsflow.support.RestClient;

/** A collaboration project through the REST API as the demo users: a non-participant sees nothing of it. */
class CollaborationProjectRestTest extends EngineTest {

  @Autowired
  TestRestTemplate http;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  @Test
  void theParticipantsWorkTheProjectAndOthersCannotSeeIt() {
    String instance = atThePlanReview();

    assertThat(as("zhaoqiang").list("/task").getBody()).extracting(t -> t.get("name")).containsExactly("参与部门审核项目计划");
    for (String outsider : List.of("chuyang", "weihua", "chenjie")) {
      assertThat(as(outsider).list("/task").getBody()).as(outsider).isEmpty();
      assertThat(as(outsider).get("/process-instance/" + instance + "/variables").getStatusCode()).as(outsider)
          .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    }
    String salesReview = (String) as("zhaoqiang").list("/task").getBody().get(0).get("id");
    assertThat(as("weihua").post("/task/" + salesReview + "/submit-form", variables(Map.of("decision", "APPROVE")))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("yangjianguo").post("/process-definition/key/collaboration-project/submit-form", Map.of("variables", Map.of()))
        .getStatusCode()).as("管理层 does not apply for projects").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  /** Up to the 会签 of the project plan by 市场部, 销售部 and 研发部's heads. */
  private String atThePlanReview() {
    ResponseEntity<Map<String, Object>> started = as("wangfang")
        .post("/process-definition/key/collaboration-project/submit-form", Map.of("variables", Map.of()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instance = (String) started.getBody().get("id");
    complete("wangfang", "填写协作项目申请表", Map.of("projectName", "新品上市联合推广", "projectGoal", "覆盖华东渠道",
        "projectTasks", "策划、铺货、培训", "projectStart", "2026-12-01", "projectEnd", "2027-03-31",
        "participatingDepartments", new Json("[\"sales\",\"rnd\"]"), "participants", "王芳、孙丽、何静",
        "projectScope", "华东三省", "feasibility", "渠道基础好", "projectBudget", 30));
    complete("lina", "部门负责人审核", Map.of("decision", "APPROVE"));
    complete("lvbo", "协作小组审批", Map.of("decision", "APPROVE", "projectLead", "zhangwei"));
    complete("zhangwei", "项目启动会议", Map.of("responsibilities", "分工明确", "wayOfWorking", "周例会"));
    complete("zhangwei", "编制项目计划", Map.of("phases", new Json("""
        [{"name":"推广","tasks":"全部任务","deadline":"2027-03-01","responsible":"王芳","deliverables":"总结报告"}]"""),
        "resourcePlan", "三部门各两人", "qualityPlan", "交付物逐项检查"));
    return instance;
  }

  @Test
  void threeHeadsApprovingAtTheSameMomentAreAllCountedWithoutAnError() throws Exception {
    String instance = atThePlanReview();
    List<String> heads = List.of("lina", "zhaoqiang", "qianjun");
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(heads.size());
    java.util.concurrent.ExecutorService reviewers = java.util.concurrent.Executors.newFixedThreadPool(heads.size());
    try {
      List<java.util.concurrent.Future<HttpStatus>> answers = new java.util.ArrayList<>();
      for (String head : heads) {
        String task = (String) as(head).list("/task?name=参与部门审核项目计划").getBody().get(0).get("id");
        answers.add(reviewers.submit(() -> {
          together.await();
          return HttpStatus.valueOf(as(head).post("/task/" + task + "/submit-form",
              variables(Map.of("decision", "APPROVE", "decisionComment", "同意"))).getStatusCode().value());
        }));
      }
      for (java.util.concurrent.Future<HttpStatus> answer : answers) {
        assertThat(answer.get()).isEqualTo(HttpStatus.NO_CONTENT);
      }
    } finally {
      reviewers.shutdownNow();
    }
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskName("参与部门审核项目计划").finished().count()).isEqualTo(3);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getName())
        .as("all three approvals counted: the plan is filed and the project runs").isEqualTo("项目执行与监控");
  }

  private void complete(String user, String taskName, Map<String, Object> values) {
    List<Map<String, Object>> tasks = as(user).list("/task?name=" + taskName).getBody();
    assertThat(tasks).as("%s's task %s", user, taskName).hasSize(1);
    ResponseEntity<Map<String, Object>> done = as(user).post("/task/" + tasks.get(0).get("id") + "/submit-form", variables(values));
    assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }
}

package com.opsflow.supervision;

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
import com.opsflow.support.RestClient;
import com.opsflow.support.RestClient.Json;

/**
 * A supervision programme (SV-2.1.1) through /engine-rest as the demo users: 孔明 plans, 杨建国 approves; the notice
 * falls due; 客服部's head answers and nobody else can; a refused answer is a Chinese message and the task stays open.
 */
class SupervisionProgrammeRestTest extends EngineTest {

  @Autowired
  TestRestTemplate http;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  @Test
  void aProgrammeIsPlannedApprovedAndAnsweredOverRestByThoseWhoseWorkItIs() {
    assertThat(as("zhenghong").post("/process-definition/key/supervision-programme/submit-form",
        variables(Map.of("programmePeriodType", "MONTHLY", "programmeYear", 2026, "programmeMonth", "12")))
        .getStatusCode()).as("a head does not plan supervision").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<Map<String, Object>> started = as("kongming").post("/process-definition/key/supervision-programme/submit-form",
        variables(Map.of("programmePeriodType", "MONTHLY", "programmeYear", 2026, "programmeMonth", "12")));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instance = (String) started.getBody().get("id");

    complete("kongming", "制定督导工作计划", Map.of("programmeTitle", "2026年12月运营督导", "programmeGoals", "检查服务质量",
        "programmeMethods", "现场检查", "plannedAudits", new Json("""
            [{"department":"cs","onSiteDate":"2026-12-10","focusAreas":["SERVICE_QUALITY"],"supervisors":["kongming"]}]""")));
    complete("yangjianguo", "管理层审批督导工作计划", Map.of("decision", "APPROVE"));
    engine.getManagementService().createJobQuery().processInstanceId(instance).activityId("Timer_Notice").list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));

    String answer = (String) as("zhenghong").list("/task?name=确认督导日期").getBody().get(0).get("id");
    for (String outsider : List.of("lina", "fengtao", "caoyun")) {
      assertThat(as(outsider).post("/task/" + answer + "/submit-form", variables(Map.of("dateAnswer", "CONFIRM")))
          .getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<Map<String, Object>> refused = as("zhenghong").post("/task/" + answer + "/submit-form",
        variables(Map.of("dateAnswer", "PROPOSE", "proposedDate", "2026-12-11")));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("message", "请填写改期理由");
    assertThat(as("zhenghong").list("/task?name=确认督导日期").getBody()).hasSize(1);
    complete("zhenghong", "确认督导日期", Map.of("dateAnswer", "CONFIRM"));
    assertThat(http.withBasicAuth("kongming", "demo").getForEntity("/api/supervision-programmes/SP-2026-M12", String.class)
        .getBody()).contains("\"answer\":\"已确认\"");
    assertThat(as("wangfang").get("/process-instance/" + instance + "/variables").getStatusCode())
        .as("someone whose work it is not sees nothing of the programme").isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
  }

  private void complete(String user, String taskName, Map<String, Object> values) {
    List<Map<String, Object>> tasks = as(user).list("/task?name=" + taskName).getBody();
    assertThat(tasks).as("%s's task %s", user, taskName).hasSize(1);
    ResponseEntity<Map<String, Object>> done = as(user).post("/task/" + tasks.get(0).get("id") + "/submit-form", variables(values));
    assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }
}

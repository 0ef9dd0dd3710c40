package com.opsflow.plan;

import static com.opsflow.plan.PlanFixtures.item;
import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.approval.TrailEntry;
import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient.Json;
import com.opsflow.support.RestClient;

/**
 * One annual plan from drafting to approval through the REST API, as the demo users themselves with
 * their own passwords, and what a user of another department can and cannot do with it.
 */
class OperationPlanRestTest extends EngineTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  OperationPlans plans;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  static Map<String, Object> annualPlan() {
    return variables(Map.of(
        "planType", "ANNUAL",
        "periodYear", 2027,
        "planTitle", "市场部2027年度运营计划",
        "planSummary", "拓展华东市场",
        "planItems", new Json("[" + item("2027-09-30") + "]")));
  }

  @Test
  void anAnnualPlanTravelsFromTheDrafterThroughHeadOperationsAndManagementToApproval() {
    ResponseEntity<Map<String, Object>> started = as("wangfang")
        .post("/process-definition/key/operation-plan-approval/submit-form", annualPlan());
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).containsEntry("businessKey", "PLAN-2027-MKT-A");
    String instanceId = (String) started.getBody().get("id");

    String headTask = onlyTaskOf("lina", "部门负责人审核");
    assertThat(as("zhaoqiang").list("/task").getBody()).isEmpty();
    assertThat(as("zhaoqiang").get("/task/" + headTask).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("zhaoqiang").get("/process-instance/" + instanceId + "/variables").getStatusCode())
        .isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    assertThat(as("zhaoqiang").post("/task/" + headTask + "/submit-form", variables(Map.of("decision", "APPROVE")))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("zhaoqiang").post("/task/" + headTask + "/claim", Map.of("userId", "zhaoqiang"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    decide("lina", headTask, "APPROVE", "同意，请运营部汇总");
    decide("wulei", onlyTaskOf("wulei", "运营部汇总审核"), "APPROVE", null);
    assertThat(as("lina").list("/task").getBody()).isEmpty();
    decide("xulan", onlyTaskOf("xulan", "管理层审批"), "APPROVE", "批准");

    OperationPlan plan = plans.findByProcessInstanceId(instanceId).orElseThrow();
    assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(plan.trail()).extracting(TrailEntry::actorName).containsExactly("王芳", "李娜", "吴磊", "许兰");
  }

  @Test
  void aRefusedDecisionAnswers400WithTheChineseReasonAndTheTaskStaysOpen() {
    as("wangfang").post("/process-definition/key/operation-plan-approval/submit-form", annualPlan());
    String headTask = onlyTaskOf("lina", "部门负责人审核");

    ResponseEntity<Map<String, Object>> refused = as("lina")
        .post("/task/" + headTask + "/submit-form", variables(Map.of("decision", "REJECT")));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("message", "驳回时必须填写审批意见，说明原因。");
    assertThat(as("lina").get("/task/" + headTask).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aRefusalIsOneLineInTheServerLogNotAnErrorWithAStackTrace(CapturedOutput log) {
    as("wangfang").post("/process-definition/key/operation-plan-approval/submit-form", annualPlan());
    String headTask = onlyTaskOf("lina", "部门负责人审核");

    as("lina").post("/task/" + headTask + "/submit-form", variables(Map.of("decision", "REJECT")));

    assertThat(log.getAll()).doesNotContain("ENGINE-16004", "SubmissionRefused", "\tat org.camunda");
    assertThat(log.getAll().lines().filter(line -> line.contains("驳回时必须填写审批意见"))).singleElement()
        .satisfies(line -> assertThat(line).contains(" INFO ", "Submission refused: 驳回时必须填写审批意见，说明原因。"));
  }

  @Test
  void aSecondPlanForTheSamePeriodIsRefusedThroughRestToo() {
    as("wangfang").post("/process-definition/key/operation-plan-approval/submit-form", annualPlan());
    ResponseEntity<Map<String, Object>> second = as("zhangwei")
        .post("/process-definition/key/operation-plan-approval/submit-form", annualPlan());

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) second.getBody().get("message")).startsWith("市场部在2027年度已有一份年度运营计划");
    assertThat(plans.count()).isEqualTo(1);
  }

  @Test
  void aRoleThatMayNotStartPlansCannotStartOne() {
    ResponseEntity<Map<String, Object>> refused = as("yangjianguo")
        .post("/process-definition/key/operation-plan-approval/submit-form", annualPlan());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("yangjianguo").list("/process-definition?startablePermissionCheck=true&latestVersion=true").getBody())
        .as("管理层 call meetings, nothing else").extracting(d -> d.get("key")).containsExactly("meeting");
    assertThat(as("wangfang").list("/process-definition?startablePermissionCheck=true&latestVersion=true&startableInTasklist=true")
        .getBody()).extracting(d -> d.get("key")).containsExactlyInAnyOrder("operation-plan-approval", "plan-adjustment",
            "collaboration-project", "project-coordination", "meeting", "rectification-help");
  }

  private String onlyTaskOf(String user, String name) {
    List<Map<String, Object>> tasks = as(user).list("/task").getBody();
    assertThat(tasks).as("tasks of %s", user).extracting(t -> t.get("name")).containsExactly(name);
    return (String) tasks.get(0).get("id");
  }

  private void decide(String user, String taskId, String decision, String comment) {
    Map<String, Object> values = new java.util.HashMap<>(Map.of("decision", decision));
    if (comment != null) {
      values.put("decisionComment", comment);
    }
    assertThat(as(user).post("/task/" + taskId + "/claim", Map.of("userId", user)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(user).post("/task/" + taskId + "/submit-form", variables(values)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}

package com.opsflow.plan.adjustment;

import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanStatus;
import com.opsflow.plan.PlansInForce;
import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient.Json;
import com.opsflow.support.RestClient;

/** A plan adjustment through the REST API as the demo users, and what another department cannot do. */
class PlanAdjustmentRestTest extends EngineTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  PlansInForce plansInForce;
  @Autowired
  OperationPlans plans;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  @Test
  @SuppressWarnings("unchecked")
  void marketingAdjustsItsPlanAndSalesCanNeitherSeeNorAdjustIt() {
    OperationPlan marketing = plansInForce.approvedAnnualPlan("mkt", "wangfang", "2027-06-30");
    OperationPlan sales = plansInForce.approvedAnnualPlan("sales", "sunli", "2027-06-30");

    ResponseEntity<Map<String, Object>> started = as("wangfang")
        .post("/process-definition/key/plan-adjustment/submit-form", Map.of("variables", Map.of()));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");
    complete("wangfang", "选择要调整的计划", Map.of("adjustedPlanId", String.valueOf(marketing.id())));
    complete("wangfang", "填写调整申请", Map.of(
        "adjustmentCause", "POLICY_CHANGE",
        "adjustmentReason", "行业监管新规要求调整推广方式",
        "planItems", new Json("[" + AdjustmentFixtures.row("目标1", "2027-08-31", false) + "]"),
        "adjustedSchedule", "八月底前完成",
        "adjustmentImpact", "无",
        "affectedDepartments", new Json("[]"),
        "applicantAction", "SUBMIT"));

    String headTask = onlyTask("lina", "部门负责人审核");
    assertThat(as("zhaoqiang").list("/task").getBody()).isEmpty();
    assertThat(as("sunli").get("/process-instance/" + instanceId).getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
    assertThat(as("zhaoqiang").post("/task/" + headTask + "/submit-form", variables(Map.of("decision", "APPROVE")))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // 销售部 tries to adjust 市场部's plan by sending its id
    as("sunli").post("/process-definition/key/plan-adjustment/submit-form", Map.of("variables", Map.of()));
    String salesChoice = onlyTask("sunli", "选择要调整的计划");
    ResponseEntity<Map<String, Object>> refused = as("sunli").post("/task/" + salesChoice + "/submit-form",
        variables(Map.of("adjustedPlanId", String.valueOf(marketing.id()))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("message", "只能调整本部门的计划，PLAN-2027-MKT-A 属于市场部。");

    complete("lina", "部门负责人审核", Map.of("decision", "APPROVE"));
    complete("wulei", "运营部审核", Map.of("decision", "APPROVE"));
    complete("xulan", "管理层审批", Map.of("decision", "APPROVE", "decisionComment", "同意"));

    assertThat(plans.findById(marketing.id()).orElseThrow().status()).isEqualTo(PlanStatus.SUPERSEDED);
    assertThat(plans.findByNumberOrderByVersion("PLAN-2027-MKT-A")).last()
        .satisfies(v2 -> assertThat(v2.version()).isEqualTo(2));
    assertThat(plans.findById(sales.id()).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);

    // the change stays traceable from the plan: what, why, who approved, when
    ResponseEntity<Map<String, Object>> history = as("wangfang").api("/plans/PLAN-2027-MKT-A");
    assertThat(history.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> versions = (List<Map<String, Object>>) history.getBody().get("versions");
    assertThat(versions).extracting(v -> v.get("version"), v -> v.get("status"))
        .containsExactly(tuple(1, "已被取代"), tuple(2, "已批准"));
    Map<String, Object> adjustment = (Map<String, Object>) versions.get(1).get("adjustment");
    assertThat(adjustment).containsEntry("number", "ADJ-2027-MKT-A-1").containsEntry("cause", "政策调整")
        .containsEntry("reason", "行业监管新规要求调整推广方式");
    assertThat((List<Map<String, Object>>) adjustment.get("trail")).extracting(e -> e.get("step"), e -> e.get("actor"))
        .contains(tuple("管理层审批", "许兰"));
    assertThat((List<Map<String, Object>>) adjustment.get("changes")).singleElement()
        .satisfies(change -> assertThat(change).containsEntry("before", "时间节点：2027-06-30").containsEntry("after", "时间节点：2027-08-31"));
    assertThat(as("wulei").api("/plans/PLAN-2027-MKT-A").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("yangjianguo").api("/plans/PLAN-2027-MKT-A").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("sunli").api("/plans/PLAN-2027-MKT-A").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(new RestClient(http, null, null).api("/plans/PLAN-2027-MKT-A").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // Camunda throttles a login after a wrong password, so this uses a user no other test logs in as
    assertThat(new RestClient(http, "jiangyan", "wrong").api("/plans/PLAN-2027-MKT-A").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aDepartmentWithoutAPlanInForceIsToldSoWhenItStarts() {
    ResponseEntity<Map<String, Object>> refused = as("hejing")
        .post("/process-definition/key/plan-adjustment/submit-form", Map.of("variables", Map.of()));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("message", "研发部目前没有生效中的运营计划，无可调整的计划。");
  }

  private String onlyTask(String user, String name) {
    List<Map<String, Object>> tasks = as(user).list("/task").getBody();
    assertThat(tasks).as("tasks of %s", user).extracting(t -> t.get("name")).containsExactly(name);
    return (String) tasks.get(0).get("id");
  }

  private void complete(String user, String taskName, Map<String, Object> values) {
    String task = onlyTask(user, taskName);
    ResponseEntity<Map<String, Object>> done = as(user).post("/task/" + task + "/submit-form", variables(values));
    assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
  }
}

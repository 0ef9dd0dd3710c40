package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Elements.*;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;
import com.opsflow.support.EngineTest;

/**
 * The plan hierarchy of operation-plan-approval.bpmn (OM-3.2, OM-3.3): 市场部's quarterly plan breaks down its
 * annual plan in force, the monthly plan refines the quarterly one; 王芳 (wangfang) links each item in 关联上级计划事项,
 * an item without a parent only with a reason; the reviewers see the parent items; the annual plan's page shows the
 * tree. A quarterly plan drafted before its annual plan is in force is not asked for links.
 */
class PlanHierarchyProcessTest extends EngineTest {

  static final String DRAFTER = "wangfang";

  @Autowired
  PlansInForce plansInForce;
  @Autowired
  OperationPlans plans;
  @Autowired
  Organisation org;
  @Autowired
  TestRestTemplate http;

  ProcessInstance submit(Map<String, Object> plan) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(OperationPlanApprovalProcess.KEY).latestVersion().singleResult().getId();
    return acting.as(DRAFTER, () -> engine.getFormService().submitStartForm(definition, plan));
  }

  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void complete(String user, ProcessInstance instance, Map<String, Object> values) {
    String id = task(instance).getId();
    acting.as(user, () -> engine.getFormService().submitTaskForm(id, values));
  }

  /** Every review step approved by a member of its group other than the drafter, until the plan is in force. */
  void approveAll(ProcessInstance instance) {
    for (Task open; (open = task(instance)) != null; ) {
      String group = engine.getTaskService().getIdentityLinksForTask(open.getId()).stream()
          .map(IdentityLink::getGroupId).filter(g -> g != null).findFirst().orElseThrow();
      String reviewer = org.membersOf(group).stream().filter(member -> !member.equals(DRAFTER)).findFirst().orElseThrow();
      complete(reviewer, instance, PlanFixtures.approve());
    }
    assertThat(instance).isEnded().hasPassed(END_PLAN_IN_FORCE);
  }

  static Map<String, Object> links(String... parentThenReason) {
    StringBuilder rows = new StringBuilder("[");
    for (int i = 0; i < parentThenReason.length; i += 2) {
      rows.append(i == 0 ? "" : ",").append("{\"task\":\"shown\",\"parent\":")
          .append(parentThenReason[i] == null ? "null" : "\"" + parentThenReason[i] + "\"")
          .append(",\"reason\":").append(parentThenReason[i + 1] == null ? "null" : "\"" + parentThenReason[i + 1] + "\"")
          .append("}");
    }
    return Variables.createVariables().putValue(PARENT_LINKS, SpinValues.jsonValue(rows + "]").create());
  }

  static Map<String, Object> quarterlyPlan() {
    return PlanFixtures.plan("QUARTERLY", 2027, "1", null,
        PlanFixtures.item("2027-03-20").replace("品牌曝光提升30%", "华东推广第一场"),
        PlanFixtures.item("2027-02-28").replace("品牌曝光提升30%", "配合年度审计"));
  }

  List<Map<String, Object>> rows(ProcessInstance instance, String variable) {
    return FieldChecks.rows(engine.getRuntimeService().getVariable(instance.getId(), variable));
  }

  @Test
  void aQuarterlyPlanBreaksDownTheAnnualPlanAndTheMonthlyPlanRefinesItAllShownOnTheAnnualPlansPage() throws Exception {
    OperationPlan annual = plansInForce.approvedAnnualPlan("mkt", DRAFTER, "2027-03-31", "2027-06-30");

    ProcessInstance quarterly = submit(quarterlyPlan());
    assertThat(quarterly).isWaitingAt(LINK_PARENT_ITEMS).task().isAssignedTo(DRAFTER);
    assertThat(quarterly).variables().containsEntry(PARENT_PLAN_NUMBER, "PLAN-2027-MKT-A");
    assertThat(rows(quarterly, PARENT_ITEM_OPTIONS)).extracting(o -> o.get("value"), o -> o.get("label")).containsExactly(
        tuple("1", "第 1 项　目标1：举办三场线下推广活动"), tuple("2", "第 2 项　目标2：举办三场线下推广活动"));
    assertThat(rows(quarterly, PARENT_LINKS)).extracting(row -> row.get("task"))
        .containsExactly("华东推广第一场：举办三场线下推广活动", "配合年度审计：举办三场线下推广活动");

    // the second item names no parent and gives no reason; a REST client names an item the annual plan lacks
    assertThatThrownBy(() -> complete(DRAFTER, quarterly, links("1", null, null, null)))
        .isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("第 2 项计划事项请选择它分解的年度运营计划事项，或说明没有上级事项的理由");
    assertThatThrownBy(() -> complete(DRAFTER, quarterly, links("9", null, "2", null)))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("第 1 项计划事项所选的上级事项“9”不在PLAN-2027-MKT-A中");
    assertThatThrownBy(() -> complete(DRAFTER, quarterly, links("1", null)))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("共 2 行");
    assertThat(quarterly).isWaitingAt(LINK_PARENT_ITEMS);
    assertThat(plans.findByProcessInstanceId(quarterly.getId()).orElseThrow().parentPlanNumber()).isNull();

    complete(DRAFTER, quarterly, links("1", "ignored once a parent is chosen", null, "年度计划外的临时任务：配合年度审计"));
    assertThat(quarterly).isWaitingAt(REVIEW_BY_OPERATIONS);
    assertThat(rows(quarterly, PLAN_ITEMS)).extracting(row -> row.get("parentItem")).containsExactly(
        "第 1 项　目标1：举办三场线下推广活动", "无上级事项：年度计划外的临时任务：配合年度审计");
    approveAll(quarterly);

    OperationPlan inForce = plans.findByProcessInstanceId(quarterly.getId()).orElseThrow();
    assertThat(inForce.parentPlanNumber()).isEqualTo(annual.number());
    assertThat(inForce.items()).extracting(PlanItem::parentItemNo, PlanItem::unlinkedReason)
        .containsExactly(tuple(1, null), tuple(null, "年度计划外的临时任务：配合年度审计"));

    // January refines the quarterly plan's first item
    ProcessInstance monthly = submit(PlanFixtures.monthlyPlan(2027, 1));
    assertThat(monthly).isWaitingAt(LINK_PARENT_ITEMS);
    assertThat(monthly).variables().containsEntry(PARENT_PLAN_NUMBER, "PLAN-2027-MKT-Q1");
    complete(DRAFTER, monthly, links("1", null));
    approveAll(monthly);

    ResponseEntity<String> json = http.withBasicAuth("lina", "demo").exchange(RequestEntity.get("/api/plans/PLAN-2027-MKT-A")
        .accept(MediaType.APPLICATION_JSON).build(), String.class);
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode breakdown = new ObjectMapper().readTree(json.getBody()).path("breakdown");
    JsonNode first = breakdown.path("items").get(0);
    assertThat(first.path("below")).hasSize(1);
    assertThat(first.path("below").get(0).path("plan").asText()).isEqualTo("PLAN-2027-MKT-Q1");
    assertThat(first.path("below").get(0).path("below").get(0).path("plan").asText()).isEqualTo("PLAN-2027-MKT-M01");
    assertThat(breakdown.path("items").get(1).path("below")).isEmpty();
    assertThat(breakdown.path("unlinked")).hasSize(1);
    assertThat(breakdown.path("unlinked").get(0).path("reason").asText()).isEqualTo("年度计划外的临时任务：配合年度审计");

    String page = http.withBasicAuth("lina", "demo").exchange(RequestEntity.get("/api/plans/PLAN-2027-MKT-A")
        .accept(MediaType.TEXT_HTML).build(), String.class).getBody();
    assertThat(page).contains("<h2>计划分解</h2>", "2027年1月", "未对应上级事项的下级计划事项", "配合年度审计");
    String monthPage = http.withBasicAuth("wangfang", "demo").exchange(RequestEntity.get("/api/plans/PLAN-2027-MKT-M01")
        .accept(MediaType.TEXT_HTML).build(), String.class).getBody();
    assertThat(monthPage).contains("上级计划", "href=\"/api/plans/PLAN-2027-MKT-Q1\"", "第 1 项　华东推广第一场");
    // the tree is the department's: another department's staff do not see the plan at all
    assertThat(http.withBasicAuth("sunli", "demo").exchange(RequestEntity.get("/api/plans/PLAN-2027-MKT-A")
        .accept(MediaType.APPLICATION_JSON).build(), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aReturnedPlanIsLinkedAgainWithTheEarlierChoicesKeptForUnchangedItems() {
    plansInForce.approvedAnnualPlan("mkt", DRAFTER, "2027-03-31", "2027-06-30");
    ProcessInstance quarterly = submit(quarterlyPlan());
    complete(DRAFTER, quarterly, links("2", null, null, "临时任务"));
    complete("wulei", quarterly, PlanFixtures.decision("RETURN", "第二项请并入年度计划的事项"));
    assertThat(quarterly).isWaitingAt(REVISE_PLAN);

    Map<String, Object> revised = Variables.createVariables().putValue(PLAN_ITEMS, SpinValues.jsonValue("["
        + PlanFixtures.item("2027-03-20").replace("品牌曝光提升30%", "华东推广第一场") + ","
        + PlanFixtures.item("2027-03-25").replace("品牌曝光提升30%", "华东推广第二场") + "]").create());
    complete(DRAFTER, quarterly, revised);
    assertThat(quarterly).isWaitingAt(LINK_PARENT_ITEMS);
    assertThat(rows(quarterly, PARENT_LINKS)).extracting(row -> row.get("task"), row -> row.get("parent"))
        .containsExactly(tuple("华东推广第一场：举办三场线下推广活动", "2"), tuple("华东推广第二场：举办三场线下推广活动", null));
    complete(DRAFTER, quarterly, links("2", null, "2", null));
    assertThat(quarterly).isWaitingAt(REVIEW_BY_OPERATIONS);
    assertThat(plans.findByProcessInstanceId(quarterly.getId()).orElseThrow().items())
        .extracting(PlanItem::parentItemNo).containsExactly(2, 2);
  }

  @Test
  void aQuarterlyPlanWhoseAnnualPlanIsNotInForceGoesStraightToReview() {
    ProcessInstance quarterly = submit(quarterlyPlan());

    assertThat(quarterly).isWaitingAt(REVIEW_BY_OPERATIONS).hasNotPassed(LINK_PARENT_ITEMS);
    assertThat(quarterly).variables().containsEntry(NEEDS_PARENT_LINKS, false);
    assertThat(plans.findByProcessInstanceId(quarterly.getId()).orElseThrow().parentPlanNumber()).isNull();
  }

  @Test
  void anAnnualPlanHasNoParent() {
    ProcessInstance annual = submit(PlanFixtures.annualPlan(2027));

    assertThat(annual).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD).hasNotPassed(LINK_PARENT_ITEMS);
  }

  @Test
  void anAdjustedVersionKeepsTheLinksOfTheItemsItLeftAsTheyWere() {
    Map<String, Object> values = new java.util.HashMap<>();
    quarterlyPlan().forEach((name, value) -> values.put(name,
        value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed ? typed.getValue() : value));
    java.time.Instant now = java.time.Instant.parse("2026-12-20T02:00:00Z");
    OperationPlan plan = new OperationPlan("PLAN-2027-MKT-Q1", "mkt", "市场部", DRAFTER, null, now);
    plan.submit(PlanDraft.from(values, 2026), "王芳", now);
    plan.linkTo("PLAN-2027-MKT-A", List.of(plan.items().get(0).linkedTo(1, "目标1：举办三场线下推广活动"),
        plan.items().get(1).unlinked("临时任务")));
    plan.putInForce(PlanStatus.FILED, "management", now);

    PlanItem changed = plan.items().get(1).linkedTo(2, "forged by a client"); // only its content counts
    PlanItem added = new PlanItem("新增目标", "新增任务", "措施", java.time.LocalDate.parse("2027-03-01"), "王芳", null, false);
    OperationPlan next = plan.nextVersion(List.of(plan.items().get(0), changed, added), 7L, "ADJ-2027-0001",
        "lina", "李娜", "市场变化", now);

    assertThat(next.parentPlanNumber()).isEqualTo("PLAN-2027-MKT-A");
    assertThat(next.items()).extracting(PlanItem::parentItemNo, PlanItem::unlinkedReason).containsExactly(
        tuple(1, null), tuple(null, "临时任务"),
        tuple(null, "经计划调整 ADJ-2027-0001 新增或修改，未对应上级计划事项"));
  }
}

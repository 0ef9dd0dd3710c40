package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Elements.*;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;
import static com.opsflow.plan.PlanFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.support.EngineTest;

/**
 * The delegates one at a time: each test starts the diagram right before the step (Camunda's
 * {@code startBeforeActivity}) with the variables the earlier steps would have left.
 */
class PlanDelegatesTest extends EngineTest {

  @Autowired
  PlanSubmissions submissions;
  @Autowired
  OperationPlans plans;
  @Autowired
  CompanyClock clock;


  OperationPlan planInReview(Map<String, Object> content) {
    Map<String, Object> values = new HashMap<>();
    content.forEach((name, value) -> values.put(name,
        value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed ? typed.getValue() : value));
    return submissions.submit(null, "mkt", "wangfang", PlanDraft.from(values, 2026), null, clock.now());
  }

  ProcessInstance startBefore(String activity, Map<String, Object> variables) {
    return engine.getRuntimeService().createProcessInstanceByKey(OperationPlanApprovalProcess.KEY)
        .startBeforeActivity(activity).setVariables(variables).execute();
  }

  @Test
  void putPlanInForceGivesThePlanTheStatusTheRouteTableChose() {
    OperationPlan plan = planInReview(quarterlyPlan(2027, 1));

    ProcessInstance instance = startBefore(PUT_PLAN_IN_FORCE, Variables.createVariables()
        .putValue(PLAN_ID, plan.id()).putValue(APPROVED_STATUS, "FILED").putValue(FILED_WITH, "management"));

    assertThat(instance).isEnded();
    OperationPlan filed = plans.findById(plan.id()).orElseThrow();
    assertThat(filed.status()).isEqualTo(PlanStatus.FILED);
    assertThat(filed.filedWith()).isEqualTo("management");
    assertThat(filed.decidedAt()).isEqualTo(clock.now());
  }

  @Test
  void aRouteTableThatNamesNoStatusInForceStopsTheInstanceInsteadOfCorruptingThePlan() {
    OperationPlan plan = planInReview(annualPlan(2027));

    assertThatThrownBy(() -> startBefore(PUT_PLAN_IN_FORCE, Variables.createVariables()
        .putValue(PLAN_ID, plan.id()).putValue(APPROVED_STATUS, "REJECTED")))
        .hasMessageContaining("REJECTED is not a status in force");
    assertThat(plans.findById(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.IN_REVIEW);
  }

  @Test
  void submitPlanRefusesADraftingThatBelongsToAnotherDepartment() {
    Map<String, Object> variables = new HashMap<>(annualPlan(2027));
    variables.put(DEPARTMENT, "sales");

    assertThatThrownBy(() -> acting.as("wangfang", () -> startBefore(SUBMIT_PLAN, variables)))
        .hasMessage("这是销售部的运营计划，您不能代为编制。");
    assertThat(plans.count()).isZero();
  }

  @Test
  void submitPlanRecordsTheDrafterAndLabelsTheFormsShow() {
    ProcessInstance instance = acting.as("wangfang", () -> startBefore(SUBMIT_PLAN, annualPlan(2027)));

    assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
    assertThat(instance).variables()
        .containsEntry(DRAFTER, "wangfang")
        .containsEntry(DEPARTMENT, "mkt")
        .containsEntry(DEPARTMENT_NAME, "市场部")
        .containsEntry(PLAN_TYPE_LABEL, "年度运营计划")
        .containsEntry(PERIOD_LABEL, "2027年度")
        .containsEntry(PLAN_STATUS, "审批中");
    String history = engine.getRuntimeService().getVariable(instance.getId(), DECISION_HISTORY).toString();
    assertThat(history).contains("\"step\":\"编制\"", "\"action\":\"提交\"", "\"actor\":\"王芳\"", "\"time\":\"2026-11-21 10:00\"");
  }

  @Test
  void recordPlanDecisionIgnoresAReviewThatWasCancelled() {
    ProcessInstance instance = acting.as("wangfang", () -> startBefore(SUBMIT_PLAN, annualPlan(2027)));
    OperationPlan plan = plans.findByProcessInstanceId(instance.getId()).orElseThrow();

    // an administrator cancels the instance in Cockpit: listeners run, nobody decided anything
    engine.getRuntimeService().deleteProcessInstance(instance.getId(), "撤销", false);

    assertThat(plans.findById(plan.id()).orElseThrow().trail()).hasSize(1);
  }
}

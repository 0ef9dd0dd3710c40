package com.opsflow.plan.adjustment;

import static com.opsflow.plan.adjustment.AdjustmentFixtures.*;
import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Elements.*;
import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.approval.TrailEntry;
import com.opsflow.approval.application.Withdrawals;
import com.opsflow.kernel.Refusal;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanItem;
import com.opsflow.plan.PlanStatus;
import com.opsflow.plan.PlansInForce;
import com.opsflow.support.EngineTest;

/**
 * Every path of plan-adjustment.bpmn (OC-2.1.3, OM-3.4) as the demo users: 王芳 (wangfang, 市场部)
 * applies, 李娜 (lina) heads 市场部, 吴磊 (wulei) reviews for 运营部, 杨建国 (yangjianguo) approves for
 * 管理层; 销售部 (zhaoqiang) and 研发部 (qianjun) heads acknowledge.
 */
class PlanAdjustmentProcessTest extends EngineTest {

  @Autowired
  PlansInForce plansInForce;
  @Autowired
  OperationPlans plans;
  @Autowired
  PlanAdjustments adjustments;
  @Autowired
  Withdrawals withdrawals;

  OperationPlan plan;

  @BeforeEach
  void anApprovedAnnualPlanOfMarketing() {
    plan = plansInForce.approvedAnnualPlan("mkt", "wangfang", "2027-06-30", "2027-06-30");
  }

  ProcessInstance apply(String user) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PlanAdjustmentProcess.KEY).latestVersion().singleResult().getId();
    return acting.as(user, () -> engine.getFormService().submitStartForm(definitionId, Map.of()));
  }

  void complete(String user, ProcessInstance instance, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  ProcessInstance applyFor(OperationPlan chosen, Map<String, Object> application) {
    ProcessInstance instance = apply("wangfang");
    complete("wangfang", instance, Map.of(ADJUSTED_PLAN_ID, String.valueOf(chosen.id())));
    complete("wangfang", instance, application);
    return instance;
  }

  void approveAll(ProcessInstance instance) {
    complete("lina", instance, decision("APPROVE", null));
    complete("wulei", instance, decision("APPROVE", "与年度目标一致"));
    complete("yangjianguo", instance, decision("APPROVE", "同意调整"));
  }

  static VariableMap decision(String code, String comment) {
    VariableMap variables = Variables.createVariables().putValue(DECISION, code);
    return comment == null ? variables : variables.putValue(DECISION_COMMENT, comment);
  }

  PlanAdjustment adjustmentOf(ProcessInstance instance) {
    return adjustments.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  @Test
  void anApprovedAdjustmentBringsVersionTwoIntoForceAndKeepsVersionOneAsSuperseded() {
    ProcessInstance instance = apply("wangfang");
    assertThat(instance).isWaitingAt(CHOOSE_PLAN).task().isAssignedTo("wangfang");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), ADJUSTABLE_PLANS).toString())
        .contains("PLAN-2027-MKT-A｜2027年度年度运营计划（第 1 版，已批准）", "\"value\":\"" + plan.id() + "\"");

    complete("wangfang", instance, Map.of(ADJUSTED_PLAN_ID, String.valueOf(plan.id())));
    assertThat(instance).isWaitingAt(EDIT_ADJUSTMENT).task().isAssignedTo("wangfang");
    assertThat(instance).variables().containsEntry(PLAN_VERSION, 1);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), PLAN_ITEMS).toString())
        .as("the form's list starts with the plan's two items").contains("目标1", "目标2");

    complete("wangfang", instance, typicalApplication());
    assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD).task().hasCandidateGroup("mktHead");
    assertThat(instance.getProcessInstanceId()).isNotNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey()).isEqualTo("ADJ-2027-MKT-A-1");
    assertThat(plans.findById(plan.id()).orElseThrow().status()).as("in force until approved").isEqualTo(PlanStatus.APPROVED);

    complete("lina", instance, decision("APPROVE", null));
    assertThat(instance).isWaitingAt(REVIEW_BY_OPERATIONS).task().hasCandidateGroup("ops");
    complete("wulei", instance, decision("APPROVE", null));
    assertThat(instance).isWaitingAt(APPROVE_BY_MANAGEMENT).task().hasCandidateGroup("management");
    complete("yangjianguo", instance, decision("APPROVE", "同意调整"));

    assertThat(instance).isWaitingAt(ACKNOWLEDGE_ADJUSTMENT);
    List<Task> notices = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(notices).hasSize(2);
    assertThat(acting.as("zhaoqiang", () -> engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()))
        .singleElement().extracting(Task::getName).isEqualTo("知悉计划调整");
    for (String head : List.of("zhaoqiang", "qianjun")) {
      Task notice = acting.as(head, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult());
      acting.as(head, () -> engine.getFormService().submitTaskForm(notice.getId(), Map.of()));
    }
    assertThat(instance).isEnded().hasPassed(END_ADJUSTMENT_IN_FORCE);

    OperationPlan first = plans.findById(plan.id()).orElseThrow();
    OperationPlan second = plans.findById(first.supersededBy()).orElseThrow();
    PlanAdjustment adjustment = adjustmentOf(instance);
    assertThat(first.status()).isEqualTo(PlanStatus.SUPERSEDED);
    assertThat(first.items()).hasSize(2);
    assertThat(second.number()).isEqualTo("PLAN-2027-MKT-A");
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(second.adjustmentId()).isEqualTo(adjustment.id());
    assertThat(second.items()).extracting(PlanItem::goal, item -> item.deadline().toString())
        .containsExactly(tuple("目标1", "2027-09-30"), tuple("线上推广", "2027-12-15"));
    assertThat(second.trail()).singleElement().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("调整生效（ADJ-2027-MKT-A-1）");
      assertThat(entry.actorName()).isEqualTo("杨建国");
      assertThat(entry.comment()).isEqualTo("市场变化：华东市场需求下滑，需要把推广重点转向线上");
    });
    assertThat(first.trail()).last().extracting(TrailEntry::action).isEqualTo("被第 2 版取代（ADJ-2027-MKT-A-1）");

    assertThat(adjustment.status()).isEqualTo(AdjustmentStatus.APPROVED);
    assertThat(adjustment.resultingPlanId()).isEqualTo(second.id());
    assertThat(adjustment.changes()).extracting(ItemChange::kind, ItemChange::itemNo, ItemChange::before, ItemChange::after)
        .containsExactly(
            tuple(ItemChange.Kind.MODIFIED, 1, "时间节点：2027-06-30", "时间节点：2027-09-30"),
            tuple(ItemChange.Kind.REMOVED, 2, "工作目标：目标2；工作任务：举办三场线下推广活动；措施与实施步骤：一季度策划，二季度执行，三季度复盘；"
                + "时间节点：2027-06-30；责任人：王芳；资源需求：预算50万元；重点工作：是", null),
            tuple(ItemChange.Kind.ADDED, 3, null, "工作目标：线上推广；工作任务：举办三场线下推广活动；措施与实施步骤：一季度策划，二季度执行，三季度复盘；"
                + "时间节点：2027-12-15；责任人：王芳；资源需求：预算50万元；重点工作：是"));
    assertThat(adjustment.trail()).extracting(TrailEntry::step, TrailEntry::action, TrailEntry::actorName).containsExactly(
        tuple("申请", "提交", "王芳"), tuple("部门负责人审核", "同意", "李娜"), tuple("运营部审核", "同意", "吴磊"),
        tuple("管理层审批", "同意", "杨建国"));
  }

  @Test
  void twoSuccessiveAdjustmentsLeaveAVersionHistory() {
    ProcessInstance first = applyFor(plan, typicalApplication());
    approveAll(first);
    OperationPlan second = plans.findById(plans.findById(plan.id()).orElseThrow().supersededBy()).orElseThrow();

    ProcessInstance again = applyFor(second, application(row("目标1", "2027-10-31", false), row("线上推广", "2027-12-15", false)));
    approveAll(again);
    completeAcknowledgements(again);

    assertThat(plans.findByNumberOrderByVersion("PLAN-2027-MKT-A"))
        .extracting(OperationPlan::version, OperationPlan::status, OperationPlan::adjustmentId)
        .containsExactly(
            tuple(1, PlanStatus.SUPERSEDED, null),
            tuple(2, PlanStatus.SUPERSEDED, adjustmentOf(first).id()),
            tuple(3, PlanStatus.APPROVED, adjustmentOf(again).id()));
    assertThat(adjustmentOf(again).number()).isEqualTo("ADJ-2027-MKT-A-2");
    assertThat(adjustmentOf(again).planVersion()).isEqualTo(2);
    ProcessInstance third = apply("wangfang");
    assertThat(engine.getRuntimeService().getVariable(third.getId(), ADJUSTABLE_PLANS).toString())
        .contains("第 3 版").doesNotContain("第 1 版", "第 2 版");
  }

  @Test
  void aReturnedApplicationGoesBackToTheApplicantAndStartsAgainWithTheHead() {
    ProcessInstance instance = applyFor(plan, typicalApplication());
    complete("lina", instance, decision("APPROVE", null));
    complete("wulei", instance, decision("RETURN", "请补充对销售部渠道计划的影响"));

    assertThat(instance).isWaitingAt(EDIT_ADJUSTMENT).task().isAssignedTo("wangfang");
    assertThat(instance).variables().containsEntry(LAST_RETURN_COMMENT, "请补充对销售部渠道计划的影响");
    assertThat(adjustmentOf(instance).status()).isEqualTo(AdjustmentStatus.DRAFT);

    VariableMap revised = typicalApplication().putValue(IMPACT, "销售部三季度渠道计划需同步调整，预计增加两名线上运营");
    complete("wangfang", instance, revised);
    assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
    approveAll(instance);
    completeAcknowledgements(instance);

    PlanAdjustment adjustment = adjustmentOf(instance);
    assertThat(adjustment.status()).isEqualTo(AdjustmentStatus.APPROVED);
    assertThat(adjustment.impact()).startsWith("销售部三季度");
    assertThat(adjustment.trail()).extracting(TrailEntry::action).contains("退回修改", "修改后重新提交");
  }

  @ParameterizedTest(name = "rejected at {0}")
  @CsvSource({"lina,0,End_RejectedByHead", "wulei,1,End_RejectedByOperations", "yangjianguo,2,End_RejectedByManagement"})
  void aRejectedAdjustmentLeavesThePlanInForceUnchanged(String reviewer, int approvalsBefore, String rejectedEnd) {
    ProcessInstance instance = applyFor(plan, typicalApplication());
    List<String> chain = List.of("lina", "wulei", "yangjianguo");
    for (int i = 0; i < approvalsBefore; i++) {
      complete(chain.get(i), instance, decision("APPROVE", null));
    }
    complete(reviewer, instance, decision("REJECT", "调整理由不充分"));

    assertThat(instance).isEnded().hasPassed(rejectedEnd).hasNotPassed(APPLY_ADJUSTMENT);
    assertThat(adjustmentOf(instance).status()).isEqualTo(AdjustmentStatus.REJECTED);
    OperationPlan unchanged = plans.findById(plan.id()).orElseThrow();
    assertThat(unchanged.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(unchanged.items()).hasSize(2);
    assertThat(plans.findByNumberOrderByVersion("PLAN-2027-MKT-A")).hasSize(1);
    assertThat(apply("wangfang")).as("the plan may be adjusted again").isWaitingAt(CHOOSE_PLAN);
  }

  @Test
  void theApplicantMayWithdrawBeforeSubmittingOrAfterAReturn() {
    ProcessInstance early = apply("wangfang");
    complete("wangfang", early, Map.of(ADJUSTED_PLAN_ID, String.valueOf(plan.id())));
    complete("wangfang", early, Map.of(APPLICANT_ACTION, "WITHDRAW"));
    assertThat(early).isEnded().hasPassed(END_ADJUSTMENT_WITHDRAWN);
    assertThat(adjustments.count()).isZero();

    ProcessInstance late = applyFor(plan, typicalApplication());
    complete("lina", late, decision("RETURN", "请再考虑"));
    complete("wangfang", late, Map.of(APPLICANT_ACTION, "WITHDRAW"));
    assertThat(late).isEnded().hasPassed(END_ADJUSTMENT_WITHDRAWN);
    assertThat(adjustmentOf(late).status()).isEqualTo(AdjustmentStatus.WITHDRAWN);
    assertThat(plans.findById(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);
  }

  @Test
  void managementMayReturnTheApplicationToOperationsForAnotherReview() {
    ProcessInstance instance = applyFor(plan, typicalApplication());
    complete("lina", instance, decision("APPROVE", null));
    complete("wulei", instance, decision("APPROVE", null));

    complete("yangjianguo", instance, decision("RETURN", "请运营部评估对季度计划的影响").putValue("returnTo", "Task_ReviewByOperations"));

    assertThat(instance).isWaitingAt(REVIEW_BY_OPERATIONS);
    assertThat(adjustmentOf(instance).status()).isEqualTo(AdjustmentStatus.IN_REVIEW);
    assertThat(adjustmentOf(instance).trail()).last().extracting(TrailEntry::action).isEqualTo("退回至运营部审核");
    complete("wulei", instance, decision("APPROVE", "已评估"));
    complete("yangjianguo", instance, decision("APPROVE", null));
    completeAcknowledgements(instance);
    assertThat(instance).isEnded();
    assertThat(adjustmentOf(instance).status()).isEqualTo(AdjustmentStatus.APPROVED);
  }

  @Test
  void theApplicantMayWithdrawTheSubmittedApplicationUntilTheHeadActs() {
    ProcessInstance instance = applyFor(plan, typicalApplication());
    assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);

    withdrawals.withdraw(instance.getId(), "wangfang");

    assertThat(instance).isEnded().hasPassed("End_ApplicationWithdrawn");
    assertThat(adjustmentOf(instance).status()).isEqualTo(AdjustmentStatus.WITHDRAWN);
    assertThat(plans.findById(plan.id()).orElseThrow().status()).isEqualTo(PlanStatus.APPROVED);
    ProcessInstance next = applyFor(plan, typicalApplication()); // the plan may be adjusted again
    complete("lina", next, decision("APPROVE", null));
    assertThatThrownBy(() -> withdrawals.withdraw(next.getId(), "wangfang")).isInstanceOf(Refusal.class)
        .hasMessage("审批人已经开始处理这项申请，不能再撤回；如需终止，请联系审批人退回或驳回。");
    assertThat(next).isWaitingAt(REVIEW_BY_OPERATIONS);
  }

  @Test
  void aSecondAdjustmentOfAPlanIsRefusedWhileOneIsOpen() {
    applyFor(plan, typicalApplication());
    ProcessInstance second = apply("zhangwei");
    Task choose = engine.getTaskService().createTaskQuery().processInstanceId(second.getId()).singleResult();

    assertThatThrownBy(() -> acting.as("zhangwei", () -> engine.getFormService().submitTaskForm(choose.getId(),
        Map.of(ADJUSTED_PLAN_ID, String.valueOf(plan.id())))))
        .isInstanceOf(SubmissionRefused.class)
        .hasMessage("计划 PLAN-2027-MKT-A 已有一份调整申请正在办理（编号 ADJ-2027-MKT-A-1，状态：审批中），办结前不能再提交调整。");
    assertThat(second).isWaitingAt(CHOOSE_PLAN);
  }

  @Test
  void onlyTheDepartmentsOwnPlansInForceCanBeAdjusted() {
    OperationPlan sales = plansInForce.approvedAnnualPlan("sales", "sunli", "2027-05-01");
    ProcessInstance instance = apply("wangfang");
    Task choose = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();

    assertThat(engine.getRuntimeService().getVariable(instance.getId(), ADJUSTABLE_PLANS).toString()).doesNotContain("SALES");
    assertThatThrownBy(() -> acting.as("wangfang", () -> engine.getFormService().submitTaskForm(choose.getId(),
        Map.of(ADJUSTED_PLAN_ID, String.valueOf(sales.id())))))
        .hasMessage("只能调整本部门的计划，PLAN-2027-SALES-A 属于销售部。");

    jdbc.update("update operation_plan set status = 'SUPERSEDED', active_period_key = null where id = ?", plan.id());
    assertThatThrownBy(() -> acting.as("wangfang", () -> engine.getFormService().submitTaskForm(choose.getId(),
        Map.of(ADJUSTED_PLAN_ID, String.valueOf(plan.id())))))
        .hasMessage("计划 PLAN-2027-MKT-A 第 1 版当前为“已被取代”，只有生效中的计划才能调整。");
    assertThatThrownBy(() -> apply("wangfang")).hasMessage("市场部目前没有生效中的运营计划，无可调整的计划。");
  }

  @Test
  void anAdjustmentApprovedAfterItsPlanLeftForceIsVoidedNotApplied() {
    ProcessInstance instance = applyFor(plan, typicalApplication());
    complete("lina", instance, decision("APPROVE", null));
    complete("wulei", instance, decision("APPROVE", null));
    // meanwhile the plan is replaced by another route
    jdbc.update("update operation_plan set status = 'SUPERSEDED', active_period_key = null where id = ?", plan.id());

    complete("yangjianguo", instance, decision("APPROVE", null));

    assertThat(instance).isEnded().hasPassed(END_ADJUSTMENT_VOIDED).hasNotPassed(ACKNOWLEDGE_ADJUSTMENT);
    assertThat(adjustmentOf(instance).status()).isEqualTo(AdjustmentStatus.VOIDED);
    assertThat(plans.findByNumberOrderByVersion("PLAN-2027-MKT-A")).hasSize(1);
  }

  @Test
  void withoutAffectedDepartmentsNobodyNeedsToAcknowledge() {
    ProcessInstance instance = applyFor(plan, typicalApplication()
        .putValue(AFFECTED_DEPARTMENTS, org.camunda.spin.plugin.variable.SpinValues.jsonValue("[]").create()));
    approveAll(instance);
    assertThat(instance).isEnded().hasPassed(APPLY_ADJUSTMENT, END_ADJUSTMENT_IN_FORCE);
  }

  @Test
  void anIncompleteOrPointlessApplicationIsRefusedAndTheFormStaysOpen() {
    ProcessInstance instance = apply("wangfang");
    complete("wangfang", instance, Map.of(ADJUSTED_PLAN_ID, String.valueOf(plan.id())));

    Map<String, Object> incomplete = typicalApplication();
    incomplete.remove(REASON);
    incomplete.put(CAUSE, "OTHER");
    incomplete.put(AFFECTED_DEPARTMENTS, org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"mkt\",\"legal\"]").create());
    assertThatThrownBy(() -> complete("wangfang", instance, incomplete))
        .isInstanceOf(SubmissionRefused.class)
        .satisfies(e -> assertThat(((SubmissionRefused) e).reasons()).containsExactly(
            "请填写其他原因的说明", "请填写调整原因的详细说明", "受影响部门不必包括本部门", "受影响部门“legal”不存在"));

    Map<String, Object> unchanged = application(row("目标1", "2027-06-30", false), row("目标2", "2027-06-30", false));
    assertThatThrownBy(() -> complete("wangfang", instance, unchanged))
        .hasMessage("调整后的计划事项与现行计划完全相同，请写明要调整的内容");
    Map<String, Object> empty = application(row("目标1", "2027-06-30", true), row("目标2", "2027-06-30", true));
    assertThatThrownBy(() -> complete("wangfang", instance, empty)).hasMessage("调整后的计划至少需要保留 1 项计划事项");
    Map<String, Object> strange = typicalApplication().putValue(APPLICANT_ACTION, "DELETE_PLAN");
    assertThatThrownBy(() -> complete("wangfang", instance, strange)).hasMessage("提交方式只能是“提交审批”或“撤回申请”。");

    assertThat(instance).isWaitingAt(EDIT_ADJUSTMENT);
    assertThat(adjustments.count()).isZero();
  }

  @Test
  void aReturnNeedsAReasonHereToo() {
    ProcessInstance instance = applyFor(plan, typicalApplication());
    assertThatThrownBy(() -> complete("lina", instance, decision("RETURN", null)))
        .hasMessage("退回修改时必须填写审批意见，说明原因。");
    assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
  }

  private void completeAcknowledgements(ProcessInstance instance) {
    for (Task notice : engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list()) {
      engine.getTaskService().complete(notice.getId());
    }
  }
}

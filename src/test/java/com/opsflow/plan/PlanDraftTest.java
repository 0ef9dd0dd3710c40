package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;
import static com.opsflow.plan.PlanFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import com.opsflow.kernel.SubmissionRefused;

/** Server-side checks of a submitted plan: what a form or a REST client may not get past. */
class PlanDraftTest {

  static final int THIS_YEAR = 2026;

  static Map<String, Object> withItems(Map<String, Object> plan, String itemsJson) {
    plan.put(PLAN_ITEMS, itemsJson);
    return plan;
  }

  @Test
  void aCompleteAnnualPlanIsAccepted() {
    PlanDraft draft = PlanDraft.from(values(annualPlan(2027)), THIS_YEAR);
    assertThat(draft.period()).isEqualTo(new PlanPeriod(PlanType.ANNUAL, 2027, null));
    assertThat(draft.title()).isEqualTo("市场部2027运营计划");
    assertThat(draft.items()).singleElement().satisfies(item -> {
      assertThat(item.deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
      assertThat(item.resources()).isEqualTo("预算50万元");
    });
  }

  @Test
  void aPlanMayComeAsAJsonStringFromARestClient() {
    Map<String, Object> plan = withItems(values(annualPlan(2027)), "[" + item("2027-01-02") + "]");
    assertThat(PlanDraft.from(plan, THIS_YEAR).items()).hasSize(1);
  }

  @Test
  void theYearMustBeThisOrNextYear() {
    Map<String, Object> plan = values(annualPlan(2027));
    plan.put(PERIOD_YEAR, 2029);
    assertRefused(plan, "计划年份只能是 2026 或 2027 年");
    plan.put(PERIOD_YEAR, "二〇二七");
    assertRefused(plan, "请填写计划年份");
  }

  @Test
  void aQuarterlyPlanNeedsAQuarterAndAMonthlyPlanAMonth() {
    Map<String, Object> quarterly = values(quarterlyPlan(2027, 1));
    quarterly.put(PERIOD_QUARTER, "5");
    assertRefused(quarterly, "季度运营计划须选择季度（第1至第4季度）");
    Map<String, Object> monthly = values(monthlyPlan(2027, 1));
    monthly.remove(PERIOD_MONTH);
    assertRefused(monthly, "月度运营计划须选择月份（1至12月）");
  }

  @Test
  void anUnknownPlanTypeIsRefused() {
    Map<String, Object> plan = values(annualPlan(2027));
    plan.put(PLAN_TYPE, "WEEKLY");
    assertRefused(plan, "请选择计划类型（年度、季度或月度运营计划）");
  }

  @Test
  void eachItemNeedsGoalTaskMeasuresDeadlineAndResponsiblePerson() {
    Map<String, Object> plan = withItems(values(annualPlan(2027)), "[{\"goal\":\" \",\"deadline\":\"2027-13-01\"}]");
    assertThatThrownBy(() -> PlanDraft.from(plan, THIS_YEAR))
        .isInstanceOf(SubmissionRefused.class)
        .satisfies(e -> assertThat(((SubmissionRefused) e).reasons()).containsExactly(
            "请填写第 1 项计划事项的工作目标",
            "请填写第 1 项计划事项的工作任务",
            "请填写第 1 项计划事项的措施与实施步骤",
            "第 1 项计划事项的时间节点“2027-13-01”不是有效日期",
            "请填写第 1 项计划事项的责任人"));
  }

  @Test
  void aDeadlineOutsideThePlanPeriodIsRefused() {
    Map<String, Object> plan = values(quarterlyPlan(2027, 2));
    plan.put(PLAN_ITEMS, "[" + item("2027-07-01") + "]");
    assertRefused(plan, "第 1 项计划事项的时间节点 2027-07-01 不在计划期间（2027-04-01 至 2027-06-30）内");
  }

  @Test
  void overlongTextsAndTooManyItemsAreRefused() {
    Map<String, Object> plan = values(annualPlan(2027));
    plan.put(PLAN_TITLE, "长".repeat(101));
    assertRefused(plan, "计划名称不能超过 100 个字（当前 101 个字）");

    Map<String, Object> huge = withItems(values(annualPlan(2027)), "[" + items(101, "2027-05-01") + "]");
    assertRefused(huge, "计划事项不能超过 100 项（当前 101 项），请合并或拆分计划");
  }

  @Test
  void itemsThatAreNotAListAreRefused() {
    assertRefused(withItems(values(annualPlan(2027)), "{\"goal\":\"x\"}"), "计划事项的格式不正确，应为事项列表");
    assertRefused(withItems(values(annualPlan(2027)), "not json"), "计划事项的格式不正确，应为事项列表");
  }

  @Test
  void textFieldsMustBeText() {
    Map<String, Object> plan = values(annualPlan(2027));
    plan.put(PLAN_SUMMARY, 42);
    assertRefused(plan, "计划概述必须是文字");
  }

  @Test
  void manyProblemsAreSummarised() {
    Map<String, Object> plan = withItems(values(annualPlan(2027)), "[" + "{},".repeat(4) + "{}]");
    assertThatThrownBy(() -> PlanDraft.from(plan, THIS_YEAR))
        .satisfies(e -> assertThat(((SubmissionRefused) e).reasons()).hasSize(9).last().isEqualTo("另有 17 处问题"));
  }

  @Test
  void htmlIsKeptAsPlainText() {
    Map<String, Object> plan = values(annualPlan(2027));
    plan.put(PLAN_TITLE, "<script>alert(1)</script>");
    assertThat(PlanDraft.from(plan, THIS_YEAR).title()).isEqualTo("<script>alert(1)</script>");
  }

  private static void assertRefused(Map<String, Object> plan, String reason) {
    assertThatThrownBy(() -> PlanDraft.from(plan, THIS_YEAR))
        .isInstanceOf(SubmissionRefused.class)
        .satisfies(e -> assertThat(((SubmissionRefused) e).reasons()).contains(reason));
  }

  /** What the delegate reads: the submitted variables with Json values as Spin nodes. */
  private static Map<String, Object> values(Map<String, Object> typed) {
    Map<String, Object> values = new java.util.HashMap<>();
    typed.forEach((name, value) -> values.put(name,
        value instanceof org.camunda.bpm.engine.variable.value.TypedValue t ? t.getValue() : value));
    return values;
  }

  static {
    SpinValues.class.getName(); // Spin must be on the classpath for Json variables
  }
}

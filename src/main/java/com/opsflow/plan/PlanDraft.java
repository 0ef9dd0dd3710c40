package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PERIOD_MONTH;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PERIOD_QUARTER;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PERIOD_YEAR;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PLAN_ITEMS;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PLAN_SUMMARY;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PLAN_TITLE;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PLAN_TYPE;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.plan.OperationPlanApprovalProcess.TextFields;

/**
 * A plan as the drafter submitted it, checked on the server field by field — forms can be bypassed
 * by any REST client, so nothing here trusts them.
 */
record PlanDraft(PlanPeriod period, String title, String summary, List<PlanItem> items) {


  /**
   * @param variables what was submitted, merged with the instance's variables
   * @param currentYear plans may be drafted for this year and the next one only
   */
  static PlanDraft from(Map<String, Object> variables, int currentYear) {
    FieldChecks checks = new FieldChecks();
    PlanPeriod period = period(variables, currentYear, checks);
    String title = checks.text(variables.get(PLAN_TITLE), TextFields.PLAN_TITLE, true);
    String summary = checks.text(variables.get(PLAN_SUMMARY), TextFields.PLAN_SUMMARY, true);
    List<Map<String, Object>> rows = PlanItems.rows(variables.get(PLAN_ITEMS), checks);
    List<PlanItem> items = List.of();
    if (rows != null && rows.isEmpty()) {
      checks.add("计划事项至少需要 1 项");
    } else if (rows != null) {
      items = PlanItems.all(rows, period, checks);
    }
    checks.refuseIfAny();
    return new PlanDraft(period, title, summary, items);
  }

  private static PlanPeriod period(Map<String, Object> variables, int currentYear, FieldChecks checks) {
    Optional<PlanType> type = PlanType.parse(variables.get(PLAN_TYPE));
    if (type.isEmpty()) {
      checks.add("请选择计划类型（年度、季度或月度运营计划）");
      return null;
    }
    Integer year = FieldChecks.integer(variables.get(PERIOD_YEAR));
    if (year == null) {
      checks.add("请填写计划年份");
      return null;
    }
    if (year < currentYear || year > currentYear + 1) {
      checks.add("计划年份只能是 " + currentYear + " 或 " + (currentYear + 1) + " 年");
      return null;
    }
    return switch (type.get()) {
      case ANNUAL -> new PlanPeriod(PlanType.ANNUAL, year, null);
      case QUARTERLY -> numbered(PlanType.QUARTERLY, year, variables.get(PERIOD_QUARTER), 4,
          "季度运营计划须选择季度（第1至第4季度）", checks);
      case MONTHLY -> numbered(PlanType.MONTHLY, year, variables.get(PERIOD_MONTH), 12,
          "月度运营计划须选择月份（1至12月）", checks);
    };
  }

  private static PlanPeriod numbered(PlanType type, int year, Object value, int max, String problem, FieldChecks checks) {
    Integer number = FieldChecks.integer(value);
    if (number == null || number < 1 || number > max) {
      checks.add(problem);
      return null;
    }
    return new PlanPeriod(type, year, number);
  }
}

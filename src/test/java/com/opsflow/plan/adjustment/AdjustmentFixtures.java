package com.opsflow.plan.adjustment;

import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.*;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/** Adjustment applications as the applicant fills them in, for tests. */
final class AdjustmentFixtures {

  private AdjustmentFixtures() {
  }

  /** An item row as the application form's item group submits it. */
  static String row(String goal, String deadline, boolean removed) {
    return """
        {"goal":"%s","task":"举办三场线下推广活动","measures":"一季度策划，二季度执行，三季度复盘",\
        "deadline":"%s","responsible":"王芳","resources":"预算50万元","keyTask":true,"removed":%s}"""
        .formatted(goal, deadline, removed);
  }

  static VariableMap application(String... rows) {
    return Variables.createVariables()
        .putValue(CAUSE, "MARKET_CHANGE")
        .putValue(REASON, "华东市场需求下滑，需要把推广重点转向线上")
        .putValue(PLAN_ITEMS, SpinValues.jsonValue("[" + String.join(",", rows) + "]").create())
        .putValue(ADJUSTED_SCHEDULE, "三季度完成线上渠道搭建，四季度复盘")
        .putValue(IMPACT, "销售部的渠道计划需同步调整")
        .putValue(AFFECTED_DEPARTMENTS, SpinValues.jsonValue("[\"sales\",\"rnd\"]").create())
        .putValue(APPLICANT_ACTION, "SUBMIT");
  }

  /** The usual change: item 1's deadline moves, item 2 is removed, item 3 is new. */
  static VariableMap typicalApplication() {
    return application(row("目标1", "2027-09-30", false), row("目标2", "2027-06-30", true), row("线上推广", "2027-12-15", false));
  }
}

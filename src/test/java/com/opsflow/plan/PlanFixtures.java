package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/** Plans as a drafter fills them in, for tests. */
public final class PlanFixtures {

  private PlanFixtures() {
  }

  public static VariableMap annualPlan(int year) {
    return plan("ANNUAL", year, null, null, item(year + "-06-30"));
  }

  public static VariableMap quarterlyPlan(int year, int quarter) {
    String deadline = year + "-" + String.format("%02d", quarter * 3) + "-20";
    return plan("QUARTERLY", year, String.valueOf(quarter), null, item(deadline));
  }

  public static VariableMap monthlyPlan(int year, int month) {
    return plan("MONTHLY", year, null, String.valueOf(month), item(year + "-" + String.format("%02d", month) + "-15"));
  }

  public static VariableMap plan(String type, int year, String quarter, String month, String... items) {
    VariableMap variables = Variables.createVariables()
        .putValue(PLAN_TYPE, type)
        .putValue(PERIOD_YEAR, year)
        .putValue(PLAN_TITLE, "市场部" + year + "运营计划")
        .putValue(PLAN_SUMMARY, "拓展华东市场，提升品牌影响力")
        .putValue(PLAN_ITEMS, SpinValues.jsonValue("[" + String.join(",", items) + "]").create());
    if (quarter != null) {
      variables.putValue(PERIOD_QUARTER, quarter);
    }
    if (month != null) {
      variables.putValue(PERIOD_MONTH, month);
    }
    return variables;
  }

  /** One plan item as Tasklist's dynamic list submits it. */
  public static String item(String deadline) {
    return """
        {"goal":"品牌曝光提升30%%","task":"举办三场线下推广活动","measures":"一季度策划，二季度执行，三季度复盘",\
        "deadline":"%s","responsible":"王芳","resources":"预算50万元","keyTask":true}""".formatted(deadline);
  }

  public static String items(int count, String deadline) {
    return IntStream.range(0, count).mapToObj(i -> item(deadline)).collect(Collectors.joining(","));
  }

  public static VariableMap decision(String code, String comment) {
    VariableMap variables = Variables.createVariables().putValue(DECISION, code);
    if (comment != null) {
      variables.putValue(DECISION_COMMENT, comment);
    }
    return variables;
  }

  public static VariableMap approve() {
    return decision("APPROVE", null);
  }

  public static Map<String, Object> without(VariableMap variables, String... names) {
    VariableMap copy = Variables.createVariables();
    copy.putAll(variables);
    List.of(names).forEach(copy::remove);
    return copy;
  }
}

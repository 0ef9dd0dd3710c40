package com.opsflow.plan.adjustment;

import java.util.Arrays;
import java.util.Optional;

/** Why a plan is adjusted (OM-3.4): the four causes of the regulation, or another one described. */
public enum AdjustmentCause {
  MARKET_CHANGE("市场变化"),
  POLICY_CHANGE("政策调整"),
  STRATEGY_CHANGE("公司战略变更"),
  EMERGENCY("突发事件"),
  OTHER("其他");

  private final String label;

  AdjustmentCause(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<AdjustmentCause> parse(Object value) {
    return Arrays.stream(values()).filter(c -> c.name().equals(value)).findFirst();
  }
}

package com.opsflow.plan;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of operation plan of OM-3.1, OM-3.2 and OM-3.3. */
public enum PlanType {
  ANNUAL("年度运营计划", "A"),
  QUARTERLY("季度运营计划", "Q"),
  MONTHLY("月度运营计划", "M");

  private final String label;
  private final String code;

  PlanType(String label, String code) {
    this.label = label;
    this.code = code;
  }

  public String label() {
    return label;
  }

  String code() {
    return code;
  }

  static Optional<PlanType> parse(Object value) {
    return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
  }
}

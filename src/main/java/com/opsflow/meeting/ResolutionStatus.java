package com.opsflow.meeting;

import java.util.Arrays;
import java.util.Optional;

/** Where a decision item stands (OM-8.4). */
public enum ResolutionStatus {
  IN_PROGRESS("执行中"),
  CHECKING("待运营部检查"),
  RETURNED("检查退回"),
  DONE("已完成");

  private final String label;

  ResolutionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<ResolutionStatus> of(String code) {
    return Arrays.stream(values()).filter(status -> status.name().equals(code)).findFirst();
  }
}

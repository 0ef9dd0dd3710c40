package com.opsflow.risk.warning;

/** 预警 goes to the responsible department; 报警 also to 管理层 (OM-5.3: serious ones go to 管理层). */
public enum WarningLevel {
  WARNING("预警"),
  ALARM("报警");

  private final String label;

  WarningLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

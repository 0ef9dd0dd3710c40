package com.opsflow.risk;

/** 低/中/高/重大, as risk-matrix.dmn gives it from likelihood and impact (OM-5.1). */
public enum RiskLevel {
  LOW("低"),
  MEDIUM("中"),
  HIGH("高"),
  MAJOR("重大");

  private final String label;

  RiskLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

package com.opsflow.risk;

/** Where a department's risk report of a round stands. */
public enum RiskReportStatus {
  IN_REVIEW("审核中"),
  RETURNED("退回修改"),
  REGISTERED("已登记入风险台账");

  private final String label;

  RiskReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

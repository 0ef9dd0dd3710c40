package com.opsflow.plan.company;

/** Where a version of the company plan stands. */
public enum CompanyPlanStatus {
  CONSOLIDATING("汇总中"),
  IN_REVIEW("审批中"),
  APPROVED("已批准"),
  SUPERSEDED("已被取代");

  private final String label;

  CompanyPlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

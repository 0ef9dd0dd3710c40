package com.opsflow.plan;

/** Where a plan record stands. Every status but 已驳回, 已撤回 and 已被取代 holds the department's plan period. */
public enum PlanStatus {
  DRAFT("草稿"),
  IN_REVIEW("审批中"),
  APPROVED("已批准"),
  FILED("已备案"),
  PUBLISHED("已发布"),
  REJECTED("已驳回"),
  /** The drafter took it back before anyone reviewed it; the period is free again. */
  WITHDRAWN("已撤回"),
  /** A version replaced by a newer one through an approved adjustment (OM-3.4); kept for the record. */
  SUPERSEDED("已被取代");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean inForce() {
    return this == APPROVED || this == FILED || this == PUBLISHED;
  }
}

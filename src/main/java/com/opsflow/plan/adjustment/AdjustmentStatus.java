package com.opsflow.plan.adjustment;

/** Where an adjustment stands. While 草稿 or 审批中 it is open, and no second one may be opened for its plan. */
public enum AdjustmentStatus {
  DRAFT("退回修改中"),
  IN_REVIEW("审批中"),
  APPROVED("已批准并生效"),
  REJECTED("已驳回"),
  WITHDRAWN("已撤回"),
  /** The plan left force by another route before the adjustment could be applied. */
  VOIDED("已作废");

  private final String label;

  AdjustmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  boolean open() {
    return this == DRAFT || this == IN_REVIEW;
  }
}

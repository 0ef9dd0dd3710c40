package com.opsflow.supervision;

/** Where a supervision programme (督导工作计划, SV-2.1.1) stands. */
public enum ProgrammeStatus {
  IN_APPROVAL("审批中"),
  RETURNED("退回修改"),
  REJECTED("已驳回"),
  /** Approved: its audits are told and started on their dates. */
  IN_EFFECT("执行中");

  private final String label;

  ProgrammeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

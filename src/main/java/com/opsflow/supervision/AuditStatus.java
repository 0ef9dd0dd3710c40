package com.opsflow.supervision;

/** Where a supervision audit stands, step by step through SV-3. */
public enum AuditStatus {
  PLAN_IN_APPROVAL("督导计划审批中"),
  PLAN_RETURNED("督导计划退回修改"),
  PLAN_REJECTED("督导计划已驳回"),
  SCHEDULED("待现场督导"),
  ON_SITE("现场督导中"),
  REPORTING("反馈与报告中"),
  RECTIFYING("整改跟踪中"),
  SUMMARISING("总结评估中"),
  CLOSED("已结束");

  private final String label;

  AuditStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

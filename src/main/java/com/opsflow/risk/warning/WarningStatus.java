package com.opsflow.risk.warning;

/** Where a warning stands; only a CLOSED or NOTED one lets its indicator raise a new warning. */
public enum WarningStatus {
  AWAITING_INSTRUCTION("待管理层批示"),
  OPEN("待部门应对"),
  RESPONDED("待运营部审核"),
  RETURNED("退回修改"),
  NOTED("管理层已知悉"),
  CLOSED("已关闭");

  private final String label;

  WarningStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean open() {
    return this != NOTED && this != CLOSED;
  }
}

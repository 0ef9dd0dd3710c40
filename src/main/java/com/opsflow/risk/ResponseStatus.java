package com.opsflow.risk;

/** Where a risk's response stands (OM-5.2). */
public enum ResponseStatus {
  PLANNING("待制定应对"),
  AWAITING_APPROVAL("待管理层审批"),
  EXECUTING("执行中"),
  REPORTED("待运营部检查"),
  ACCEPTED("已接受"),
  DONE("已完成");

  private final String label;

  ResponseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean open() {
    return this != ACCEPTED && this != DONE;
  }
}

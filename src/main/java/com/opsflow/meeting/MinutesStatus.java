package com.opsflow.meeting;

/** Where one version of the minutes stands. */
public enum MinutesStatus {
  CONFIRMING("确认中"),
  OBJECTED("有异议，已退回"),
  CONFIRMED("全体确认"),
  PUBLISHED("已发布");

  private final String label;

  MinutesStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

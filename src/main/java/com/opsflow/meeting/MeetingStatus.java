package com.opsflow.meeting;

/** Where a meeting stands, as people read it. */
public enum MeetingStatus {
  PREPARING("筹备中"),
  CALLED("已通知"),
  MINUTES_CONFIRMING("纪要确认中"),
  MINUTES_RETURNED("纪要修改中"),
  MINUTES_CONFIRMED("纪要待发布"),
  TRACKING("决议跟踪中"),
  CLOSED("已结束"),
  CANCELLED("已取消");

  private final String label;

  MeetingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

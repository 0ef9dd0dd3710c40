package com.opsflow.datareport;

/** Where a month's 数据分析报告 stands. */
public enum ReportStatus {
  COLLECTING("收集数据中"),
  DRAFTING("撰写中"),
  IN_REVIEW("待管理层审阅"),
  QUESTIONED("管理层提问"),
  PUBLISHED("已发布");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

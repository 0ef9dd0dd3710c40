package com.opsflow.collaboration;

/** Where a collaboration project stands (OC-4.1 to OC-4.2.3). */
public enum ProjectStatus {
  IN_REVIEW("立项审核中"),
  RETURNED("申请退回修改"),
  REJECTED("未立项"),
  /** The applicant took the application back before anyone reviewed it. */
  WITHDRAWN("已撤回"),
  KICK_OFF("项目启动"),
  PLANNING("项目计划编制中"),
  PLAN_IN_REVIEW("项目计划审核中"),
  EXECUTING("执行中"),
  IN_ACCEPTANCE("验收中"),
  SUMMARISING("总结中"),
  CLOSED("已结束"),
  /** 后评价 done (CC-3.4). */
  EVALUATED("已后评价");

  private final String label;

  ProjectStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

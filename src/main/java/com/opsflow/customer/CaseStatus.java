package com.opsflow.customer;

/** Where a customer case stands, as 客服部 and the responsible department read it. */
public enum CaseStatus {
  RECEIVED("已登记"),
  TRANSFERRED("部门解答中"),
  INVESTIGATING("调查核实中"),
  HANDLING("责任部门处理中"),
  REPLIED("已答复客户"),
  REOPENED("客户不满意，重新处理"),
  ANALYSING("案例分析中"),
  ASSESSING("变更影响评估中"),
  IN_REVIEW("变更审批中"),
  APPROVED("变更已批准"),
  REJECTED("变更未获批准"),
  CLOSED("已结案");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

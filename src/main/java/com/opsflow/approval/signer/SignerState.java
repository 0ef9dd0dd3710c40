package com.opsflow.approval.signer;

/** Where an added signer stands. */
public enum SignerState {
  WAITING("等待"), ASKED("审批中"), DECIDED("已审批"), REMOVED("已减签");

  private final String label;

  SignerState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

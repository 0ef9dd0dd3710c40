package com.opsflow.risk;

/** The four responses to a risk (OM-5.2); 接受 needs 管理层's approval and is not carried out. */
public enum ResponseStrategy {
  AVOID("规避"),
  REDUCE("降低"),
  TRANSFER("转移"),
  ACCEPT("接受");

  private final String label;

  ResponseStrategy(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

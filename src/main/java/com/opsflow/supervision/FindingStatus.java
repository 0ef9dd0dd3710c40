package com.opsflow.supervision;

/** A finding's rectification (SV-3.4). */
public enum FindingStatus {
  RECTIFYING("整改中"),
  PASSED("整改验收通过"),
  FAILED("整改失败，已关闭");

  private final String label;

  FindingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

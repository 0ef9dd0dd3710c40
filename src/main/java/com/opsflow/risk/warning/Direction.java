package com.opsflow.risk.warning;

/** Which way an indicator goes wrong: a complaint count rises, a revenue falls. */
public enum Direction {
  ABOVE("高于"),
  BELOW("低于");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

package com.opsflow.supervision;

import java.util.Arrays;
import java.util.Optional;

/** How serious a finding is. */
public enum Severity {
  MINOR("一般"),
  MAJOR("较重"),
  CRITICAL("严重");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<Severity> parse(Object value) {
    return Arrays.stream(values()).filter(severity -> severity.name().equals(value)).findFirst();
  }
}

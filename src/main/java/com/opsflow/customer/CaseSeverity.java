package com.opsflow.customer;

import java.util.Arrays;
import java.util.Optional;

/** How serious a complaint is; with the category it sets the handling time (case-deadlines.dmn). */
public enum CaseSeverity {
  GENERAL("一般"),
  SERIOUS("严重"),
  MAJOR("重大");

  private final String label;

  CaseSeverity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The value a form or a REST client submitted, if it is one of ours. */
  static Optional<CaseSeverity> of(Object code) {
    return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
  }

  /** "A、B、C" for messages. */
  static String labels() {
    return String.join("、", Arrays.stream(values()).map(CaseSeverity::label).toList());
  }
}

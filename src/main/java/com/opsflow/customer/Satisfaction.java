package com.opsflow.customer;

import java.util.Arrays;
import java.util.Optional;

/** What the customer says of the answer (CC-3.2.3); 不满意 reopens the case. */
public enum Satisfaction {
  SATISFIED("满意"),
  FAIRLY_SATISFIED("基本满意"),
  UNSATISFIED("不满意");

  private final String label;

  Satisfaction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The value a form or a REST client submitted, if it is one of ours. */
  static Optional<Satisfaction> of(Object code) {
    return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
  }

  /** "A、B、C" for messages. */
  static String labels() {
    return String.join("、", Arrays.stream(values()).map(Satisfaction::label).toList());
  }
}

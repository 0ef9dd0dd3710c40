package com.opsflow.customer;

import java.util.Arrays;
import java.util.Optional;

/** What the contact is about, classified at once (CC-3.2.1 / TC-4.2.1). */
public enum CaseCategory {
  ENQUIRY("咨询"),
  COMPLAINT("投诉"),
  SUGGESTION("建议"),
  CHANGE_REQUEST("变更需求");

  private final String label;

  CaseCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The value a form or a REST client submitted, if it is one of ours. */
  static Optional<CaseCategory> of(Object code) {
    return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
  }

  /** "A、B、C" for messages. */
  static String labels() {
    return String.join("、", Arrays.stream(values()).map(CaseCategory::label).toList());
  }
}

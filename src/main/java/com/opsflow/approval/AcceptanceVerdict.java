package com.opsflow.approval;

import java.util.Arrays;
import java.util.Optional;

/** 验收结论 of an acceptance step (a rectification, a project): the form's values and the words people read. */
public enum AcceptanceVerdict {
  PASS("通过"),
  FAIL("不通过");

  private final String label;

  AcceptanceVerdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean passed() {
    return this == PASS;
  }

  /** The verdict a form or REST client submitted; empty for anything else. */
  public static Optional<AcceptanceVerdict> parse(Object submitted) {
    return Arrays.stream(values()).filter(verdict -> verdict.name().equals(submitted)).findFirst();
  }
}

package com.opsflow.approval;

import java.util.Arrays;

import com.opsflow.kernel.SubmissionRefused;

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

  /** The verdict a form or REST client submitted; anything else is refused. */
  public static AcceptanceVerdict submitted(Object value) {
    return Arrays.stream(values()).filter(verdict -> verdict.name().equals(value)).findFirst()
        .orElseThrow(() -> new SubmissionRefused("请选择验收结论：" + PASS.label + "或" + FAIL.label + "。"));
  }
}

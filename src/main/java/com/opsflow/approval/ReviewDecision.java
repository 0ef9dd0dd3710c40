package com.opsflow.approval;

import java.util.Arrays;

import com.opsflow.kernel.SubmissionRefused;

/** What a reviewer decides at any review step. Codes are what forms and REST clients submit. */
public enum ReviewDecision {
  APPROVE("同意", false),
  RETURN("退回修改", true),
  REJECT("驳回", true);

  private final String label;
  private final boolean commentRequired;

  ReviewDecision(String label, boolean commentRequired) {
    this.label = label;
    this.commentRequired = commentRequired;
  }

  public String label() {
    return label;
  }

  public boolean commentRequired() {
    return commentRequired;
  }

  static ReviewDecision parse(Object code) {
    return Arrays.stream(values())
        .filter(d -> d.name().equals(code))
        .findFirst()
        .orElseThrow(() -> new SubmissionRefused(code == null || code.toString().isBlank()
            ? "请选择审批结论（同意、退回修改或驳回）。"
            : "审批结论“" + code + "”无效，只能是同意、退回修改或驳回。"));
  }
}

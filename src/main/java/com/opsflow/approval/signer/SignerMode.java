package com.opsflow.approval.signer;

/** Where the added people decide, relative to the reviewer who adds them. */
public enum SignerMode {
  /** 向前加签: they decide first, one after another; then the task comes back to the reviewer. */
  BEFORE("向前加签"),
  /** 向后加签: the reviewer agrees now; they decide after, the last of them deciding the step. */
  AFTER("向后加签"),
  /** 并行会签: each decides beside the reviewer, who decides the step once all have. */
  PARALLEL("并行会签");

  private final String label;

  SignerMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

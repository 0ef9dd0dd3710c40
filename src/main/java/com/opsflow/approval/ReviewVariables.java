package com.opsflow.approval;

/** The process variables every review step uses, whatever the process. */
public final class ReviewVariables {

  /** The reviewer's decision: a {@link ReviewDecision} code, as the review forms submit it. */
  public static final String DECISION = "decision";
  public static final String DECISION_COMMENT = "decisionComment";
  /** The last decision, for the gateways after a review step. */
  public static final String REVIEW_OUTCOME = "reviewOutcome";
  /** Who approved the step decided last, so that the same person is not asked twice in a row (self-approval.dmn). */
  public static final String LAST_APPROVER = "lastApprover";
  /** Shown to the drafter on the revision form. */
  public static final String LAST_RETURN_COMMENT = "lastReturnComment";
  /**
   * Where a 退回 goes: empty or {@value #TO_APPLICANT} for the applicant, or the id of an earlier step the
   * diagram lets this step return to (the step's {@value #RETURN_TARGETS} property, comma-separated ids).
   */
  public static final String RETURN_TO = "returnTo";
  public static final String TO_APPLICANT = "APPLICANT";
  /** The step property naming the earlier steps it may return to, and the task variable offering them to the form. */
  public static final String RETURN_TARGETS = "returnTargets";
  /** The decision trail as a Json list, shown as a table on every form. */
  public static final String DECISION_HISTORY = "decisionHistory";

  private ReviewVariables() {
  }
}

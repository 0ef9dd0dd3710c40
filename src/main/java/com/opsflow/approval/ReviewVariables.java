package com.opsflow.approval;

/** The process variables every review step uses, whatever the process. */
public final class ReviewVariables {

  /** The reviewer's decision: a {@link ReviewDecision} code, as the review forms submit it. */
  public static final String DECISION = "decision";
  public static final String DECISION_COMMENT = "decisionComment";
  /** The last decision, for the gateways after a review step. */
  public static final String REVIEW_OUTCOME = "reviewOutcome";
  /** Shown to the drafter on the revision form. */
  public static final String LAST_RETURN_COMMENT = "lastReturnComment";
  /** The decision trail as a Json list, shown as a table on every form. */
  public static final String DECISION_HISTORY = "decisionHistory";

  private ReviewVariables() {
  }
}

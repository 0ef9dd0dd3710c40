package com.opsflow.approval;

import com.opsflow.approval.application.Withdrawals;

/**
 * What every application process (plan approval, plan adjustment, collaboration project) shares with
 * the approval operations: the initiator variable and the message that withdraws the application.
 */
public final class ApplicationProcess {

  /** Set by {@code camunda:initiator} on each start event. */
  public static final String INITIATOR = "initiator";
  /** The message of each diagram's 撤回 event sub-process; correlated by {@link Withdrawals} only. */
  public static final String WITHDRAW_MESSAGE = "opsflow.withdraw";
  /** Who drafted the application, where the process keeps it apart from the initiator (a calendar opens drafts). */
  public static final String DRAFTER = "drafter";
  /** Who withdrew, for the record. */
  public static final String WITHDRAWN_BY = "withdrawnBy";
  /** Users to copy in, as a form or a REST client submits them at the start or with a review (comma-separated ids). */
  public static final String CC_RECIPIENTS = "ccRecipients";

  /**
   * How an ended application came out in the words of its record (已批准, 已备案, 已发布 …), where one end event
   * stands for several outcomes; without it 我的申请 shows the end event's name.
   */
  public static final String OUTCOME = "applicationOutcome";

  private ApplicationProcess() {
  }
}

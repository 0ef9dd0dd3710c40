package com.opsflow.customer;

import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/customer-callback-round.bpmn}, its form and the Java around it. */
public final class CustomerCallbackProcess {

  public static final String KEY = "customer-callback-round";

  private CustomerCallbackProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "Start_CallbacksDue";
    public static final String LIST_CALLBACKS = "Task_ListCallbacks";
    public static final String CALL_BACK = "Task_CallBack";
    public static final String END_ROUND_DONE = "End_RoundDone";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    /** The ids of the cases whose customers this round calls back. */
    public static final String CALLBACK_CASES = "callbackCases";
    /** One call-back's case id (the multi-instance element), its number and what the caller reads first. */
    public static final String CALLBACK_CASE_ID = "callbackCaseId";
    public static final String CALLBACK_NUMBER = "callbackNumber";
    public static final String CALLBACK_SUMMARY = "callbackSummary";
    // what the caller records (forms/customer-callback.form)
    public static final String OPINION = "callbackOpinion";
    public static final String RAISES_NEW_ISSUE = "raisesNewIssue";
    public static final String NEW_ISSUE_CATEGORY = "newIssueCategory";
    public static final String NEW_ISSUE_SEVERITY = "newIssueSeverity";
    public static final String NEW_ISSUE_DESCRIPTION = "newIssueDescription";

    private Variables() {
    }
  }

  /** What people type, with the label and limit the server checks and the form repeats (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField OPINION = new TextField(Variables.OPINION, "客户意见", 2000);
    public static final TextField NEW_ISSUE_DESCRIPTION = new TextField(Variables.NEW_ISSUE_DESCRIPTION, "新问题的内容", 2000);

    private TextFields() {
    }
  }
}

package com.opsflow.risk;

import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/risk-response.bpmn} (风险应对, OM-5.2), its forms and the Java around it. */
public final class RiskResponseProcess {

  public static final String KEY = "risk-response";

  private RiskResponseProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String PLAN = "Task_PlanResponse";
    public static final String APPROVE_ACCEPTANCE = "Task_ApproveAcceptance";
    public static final String REPORT = "Task_ReportExecution";
    public static final String CHECK = "Task_CheckExecution";
    public static final String END = "End_ResponseClosed";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String RESPONSE_ID = "riskResponseId";
    public static final String RESPONSE_NUMBER = "riskResponseNumber";
    public static final String RESPONSE_STATUS = "riskResponseStatus";
    public static final String DEPARTMENT = "department";
    public static final String DEPARTMENT_NAME = "departmentName";
    public static final String RISK_NUMBER = "riskNumber";
    public static final String RISK_CATEGORY = "riskCategory";
    public static final String RISK_DESCRIPTION = "riskDescription";
    public static final String RISK_LEVEL = "riskLevel";
    /** The department's members, one of whom is the 责任人. */
    public static final String PEOPLE_OPTIONS = "peopleOptions";
    /** AVOID, REDUCE, TRANSFER or ACCEPT; the gateway sends ACCEPT to 管理层. */
    public static final String STRATEGY = "responseStrategy";
    public static final String STRATEGY_LABEL = "responseStrategyLabel";
    public static final String MEASURES = "responseMeasures";
    public static final String OWNER = "responseOwner";
    public static final String OWNER_NAME = "responseOwnerName";
    /** The deadline as typed (2027-01-31), and as the 责任人's task's due date. */
    public static final String DUE_ON = "responseDueOn";
    public static final String DUE_AT = "responseDueAt";
    public static final String EXECUTION_REPORT = "executionReport";
    public static final String DECISION = ReviewVariables.DECISION;
    public static final String DECISION_COMMENT = ReviewVariables.DECISION_COMMENT;
    public static final String REVIEW_OUTCOME = ReviewVariables.REVIEW_OUTCOME;
    public static final String DECISION_HISTORY = ReviewVariables.DECISION_HISTORY;

    private Variables() {
    }
  }

  /** What people type, with the limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField MEASURES = new TextField(Variables.MEASURES, "应对措施", 2000);
    public static final TextField EXECUTION_REPORT = new TextField(Variables.EXECUTION_REPORT, "执行情况", 2000);

    private TextFields() {
    }
  }
}

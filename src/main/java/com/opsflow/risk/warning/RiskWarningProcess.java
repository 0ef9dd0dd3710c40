package com.opsflow.risk.warning;

import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/risk-warning.bpmn} (风险预警, OM-5.3, SV-2.2.5), its forms and the Java around it. */
public final class RiskWarningProcess {

  public static final String KEY = "risk-warning";

  private RiskWarningProcess() {
  }

  /** Messages: an indicator's warning starts an instance; a 预警 that became a 报警 tells 管理层. */
  public static final class Messages {
    public static final String RAISED = "opsflow.risk-warning.raised";
    public static final String ESCALATED = "opsflow.risk-warning.escalated";

    private Messages() {
    }
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START_SUPERVISOR = "Start_SupervisorWarning";
    public static final String START_INDICATOR = "Start_IndicatorWarning";
    public static final String DRAFT = "Task_DraftWarning";
    public static final String ANNOUNCE_WARNING = "Task_AnnounceWarning";
    public static final String INSTRUCT = "Task_InstructWarning";
    public static final String ANALYSE = "Task_AnalyseWarning";
    public static final String CHECK = "Task_CheckWarningResponse";
    public static final String REPORT_ALARM = "Task_ReportAlarm";
    public static final String END_CLOSED = "End_WarningClosed";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String WARNING_ID = "warningId";
    public static final String WARNING_NUMBER = "warningNumber";
    /** The responsible department, whose members answer the warning. */
    public static final String DEPARTMENT = "department";
    public static final String DEPARTMENT_NAME = "departmentName";
    public static final String DEPARTMENT_OPTIONS = "departmentOptions";
    public static final String KIND = "warningKind";
    public static final String LEVEL = "warningLevel";
    public static final String STATUS = "warningStatus";
    public static final String SUBJECT = "warningSubject";
    public static final String DESCRIPTION = "warningDescription";
    /** The values past the threshold so far, as the forms' table shows them. */
    public static final String READINGS_VIEW = "readingsView";
    /** 管理层's choice on a supervisor's warning: RESPOND (the department answers) or NOTE (taken note of). */
    public static final String INSTRUCTION = "warningInstruction";
    public static final String INSTRUCTION_COMMENT = "instructionComment";
    public static final String CAUSE = "cause";
    public static final String MEASURES = "measures";
    public static final String DECISION = ReviewVariables.DECISION;
    public static final String DECISION_COMMENT = ReviewVariables.DECISION_COMMENT;
    public static final String REVIEW_OUTCOME = ReviewVariables.REVIEW_OUTCOME;
    public static final String DECISION_HISTORY = ReviewVariables.DECISION_HISTORY;

    private Variables() {
    }
  }

  /** What people type, with the limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField SUBJECT = new TextField(Variables.SUBJECT, "预警事项", 200);
    public static final TextField DESCRIPTION = new TextField(Variables.DESCRIPTION, "问题或风险说明", 2000);
    public static final TextField INSTRUCTION_COMMENT = new TextField(Variables.INSTRUCTION_COMMENT, "批示意见", 2000);
    public static final TextField CAUSE = new TextField(Variables.CAUSE, "原因分析", 2000);
    public static final TextField MEASURES = new TextField(Variables.MEASURES, "应对措施", 2000);

    private TextFields() {
    }
  }
}

package com.opsflow.supervision;

import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/supervision-programme.bpmn} (督导工作计划, SV-2.1.1), its forms and the Java around it. */
public final class SupervisionProgrammeProcess {

  public static final String KEY = "supervision-programme";

  private SupervisionProgrammeProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String DRAFT = "Task_DraftProgramme";
    public static final String APPROVE = "Task_ApproveProgramme";
    public static final String PLANNED_AUDIT = "SubProcess_PlannedAudit";
    public static final String WAIT_FOR_NOTICE = "Timer_Notice";
    public static final String CONFIRM_DATE = "Task_ConfirmDate";
    public static final String DECIDE_NEW_DATE = "Task_DecideNewDate";
    /** Asynchronous: the audit is prepared and started in a job of its own, after the answer's transaction. */
    public static final String PREPARE_AUDIT = "Task_PrepareAudit";
    public static final String START_AUDIT = "CallActivity_Audit";
    public static final String END_DONE = "End_ProgrammeDone";
    public static final String END_REJECTED = "End_ProgrammeRejected";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String INITIATOR = "initiator";
    // the start form: the period
    public static final String PERIOD_TYPE = "programmePeriodType";
    public static final String PERIOD_YEAR = "programmeYear";
    public static final String PERIOD_QUARTER = "programmeQuarter";
    public static final String PERIOD_MONTH = "programmeMonth";
    public static final String PERIOD_LABEL = "programmePeriodLabel";
    // the draft
    public static final String TITLE = "programmeTitle";
    public static final String GOALS = "programmeGoals";
    public static final String METHODS = "programmeMethods";
    /** The dynamic list: department, onSiteDate, focusAreas, supervisors per planned audit. */
    public static final String PLANNED_AUDITS = "plannedAudits";
    public static final String DEPARTMENT_OPTIONS = SupervisionAuditProcess.Variables.DEPARTMENT_OPTIONS;
    public static final String SUPERVISOR_OPTIONS = SupervisionAuditProcess.Variables.SUPERVISOR_OPTIONS;
    // the record
    public static final String PROGRAMME_ID = "programmeId";
    public static final String PROGRAMME_NUMBER = "programmeNumber";
    public static final String PROGRAMME_STATUS = "programmeStatus";
    /** The drafter, who plans each audit the programme starts. */
    public static final String PROGRAMME_DRAFTER = "programmeDrafter";
    /** The planned audits as the review form's table shows them. */
    public static final String PLANNED_AUDITS_VIEW = "plannedAuditsView";
    /** 1 … n: the multi-instance collection, one planned audit each. */
    public static final String PLANNED_AUDIT_NOS = "plannedAuditNos";
    // one planned audit (local to its multi-instance body)
    public static final String PLANNED_AUDIT_NO = "plannedAuditNo";
    public static final String AUDITED_DEPARTMENT = SupervisionAuditProcess.Variables.AUDITED_DEPARTMENT;
    public static final String AUDITED_DEPARTMENT_NAME = "auditedDepartmentName";
    public static final String PLANNED_DATE = "plannedDate";
    public static final String SUPERVISOR_LIST = SupervisionAuditProcess.Variables.SUPERVISOR_LIST;
    public static final String SUPERVISOR_NAMES = SupervisionAuditProcess.Variables.SUPERVISOR_NAMES;
    public static final String FOCUS_AREA_LABELS = SupervisionAuditProcess.Variables.FOCUS_AREA_LABELS;
    // the audited department's answer (forms/supervision-date-confirm.form)
    public static final String DATE_ANSWER = "dateAnswer";
    public static final String PROPOSED_DATE = "proposedDate";
    public static final String ANSWER_REASON = "answerReason";
    public static final String DATE_PROPOSED = "dateProposed";
    // the supervisors' decision on a proposal (forms/supervision-date-decide.form)
    public static final String NEW_DATE_DECISION = "newDateDecision";
    public static final String NEW_DATE_COMMENT = "newDateComment";
    // review
    public static final String DECISION = ReviewVariables.DECISION;
    public static final String DECISION_COMMENT = ReviewVariables.DECISION_COMMENT;
    public static final String REVIEW_OUTCOME = ReviewVariables.REVIEW_OUTCOME;
    public static final String DECISION_HISTORY = ReviewVariables.DECISION_HISTORY;

    private Variables() {
    }
  }

  /** What people type, with the limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField TITLE = new TextField(Variables.TITLE, "督导工作计划名称", 100);
    public static final TextField GOALS = new TextField(Variables.GOALS, "督导工作目标", 2000);
    public static final TextField METHODS = new TextField(Variables.METHODS, "督导方法", 2000);
    public static final TextField ANSWER_REASON = new TextField(Variables.ANSWER_REASON, "改期理由", 500);
    public static final TextField NEW_DATE_COMMENT = new TextField(Variables.NEW_DATE_COMMENT, "说明", 500);

    private TextFields() {
    }
  }
}

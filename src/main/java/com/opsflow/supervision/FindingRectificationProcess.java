package com.opsflow.supervision;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/finding-rectification.bpmn}, its forms and the Java around it. */
public final class FindingRectificationProcess {

  public static final String KEY = "finding-rectification";

  private FindingRectificationProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String PLAN_RECTIFICATION = "Task_PlanRectification";
    public static final String PLAN_OVERDUE = "Boundary_PlanOverdue";
    public static final String REPORT_RECTIFICATION = "Task_ReportRectification";
    public static final String PROGRESS_DUE = "Start_ProgressDue";
    public static final String REPORT_PROGRESS = "Task_ReportProgress";
    public static final String REVIEW_PROGRESS = "Task_ReviewProgress";
    public static final String REMIND = "Boundary_RemindBeforeDeadline";
    public static final String RECTIFICATION_OVERDUE = "Boundary_RectificationOverdue";
    public static final String WAIT_FOR_DEADLINE = "Timer_RectificationDeadline";
    public static final String ACCEPT_RECTIFICATION = "Task_AcceptRectification";
    public static final String DECIDE_ESCALATION = "Task_DecideEscalation";
    public static final String END_FINDING_CLOSED = "End_FindingClosed";
    public static final String END_FINDING_FAILED = "End_FindingFailed";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String FINDING_ID = "findingId";
    public static final String PROGRESS = "rectificationProgress";
    public static final String DIFFICULTIES = "rectificationDifficulties";
    public static final String HELP_NEEDED = "helpNeeded";
    public static final String PROGRESS_REVIEW = "progressReview";
    /** On the progress report's own scope: the report the supervisor reviews. */
    public static final String PROGRESS_REPORT_ID = "progressReportId";
    public static final String AUDIT_NUMBER = "auditNumber";
    public static final String RESPONSIBLE_DEPARTMENT = "responsibleDepartment";
    public static final String SUPERVISOR_LIST = "supervisorList";
    public static final String FINDING_TITLE = "findingTitle";
    public static final String FINDING_DESCRIPTION = "findingDescription";
    public static final String FINDING_DETAILS = "findingDetails";
    public static final String ROUND = "round";
    /** ISO durations from configuration, read by the timers. */
    public static final String PLAN_DUE = "planDue";
    // the department's plan (forms/rectification-plan.form)
    public static final String MEASURES = "measures";
    public static final String RECTIFICATION_RESPONSIBLE = "rectificationResponsible";
    public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
    /** The deadline as a date the timers read. */
    public static final String DEADLINE_AT = "deadlineAt";
    public static final String REMIND_AT = "remindAt";
    public static final String COMPLETION_REPORT = "completionReport";
    // acceptance (forms/rectification-acceptance.form)
    public static final String ACCEPTANCE = "acceptance";
    public static final String ACCEPTANCE_COMMENT = "acceptanceComment";
    public static final String LAST_REJECTION = "lastRejection";
    public static final String ESCALATION_REASON = "escalationReason";
    public static final String TOO_MANY_ROUNDS = "tooManyRounds";
    // escalation (forms/rectification-escalation.form)
    public static final String ESCALATION_DECISION = "escalationDecision";
    public static final String NEW_DEADLINE = "newDeadline";
    public static final String ESCALATION_COMMENT = "escalationComment";
    /** Whether the current round has a plan: an extension then moves its deadline, else the plan is due again. */
    public static final String ROUND_HAS_PLAN = "roundHasPlan";
    /** Input parameter of the closing steps: PASSED or FAILED. */
    public static final String FINDING_OUTCOME = "findingOutcome";

    private Variables() {
    }
  }

  /** What people type, with the label and limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField ACCEPTANCE_COMMENT = new TextField(Variables.ACCEPTANCE_COMMENT, "验收意见（不通过时写明原因）", 2000);
    public static final TextField COMPLETION_REPORT = new TextField(Variables.COMPLETION_REPORT, "整改完成情况", 2000);
    public static final TextField ESCALATION_COMMENT = new TextField(Variables.ESCALATION_COMMENT, "处理意见", 2000);
    public static final TextField PROGRESS = new TextField(Variables.PROGRESS, "本期整改进展", 2000);
    public static final TextField DIFFICULTIES = new TextField(Variables.DIFFICULTIES, "遇到的困难", 2000);
    public static final TextField PROGRESS_REVIEW = new TextField(Variables.PROGRESS_REVIEW, "督导意见（困难的协调和帮助）", 2000);
    public static final TextField MEASURES = new TextField(Variables.MEASURES, "整改措施", 2000);
    public static final TextField RECTIFICATION_RESPONSIBLE = new TextField(Variables.RECTIFICATION_RESPONSIBLE, "整改责任人", 50);

    private TextFields() {
    }
  }
}

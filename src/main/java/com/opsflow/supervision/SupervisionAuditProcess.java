package com.opsflow.supervision;

import com.opsflow.approval.ReviewVariables;

/** Names shared by {@code processes/supervision-audit.bpmn}, its forms and the Java around it. */
public final class SupervisionAuditProcess {

  public static final String KEY = "supervision-audit";

  private SupervisionAuditProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String DRAFT_PLAN = "Task_DraftSupervisionPlan";
    public static final String APPROVE_PLAN = "Task_ApproveSupervisionPlan";
    public static final String WAIT_FOR_ON_SITE_DATE = "Timer_OnSiteDate";
    public static final String PREPARE = "Task_Prepare";
    public static final String OPENING_MEETING = "Task_OpeningMeeting";
    public static final String INSPECT = "Task_InspectOnSite";
    public static final String COLLECT_DATA = "Task_CollectData";
    public static final String INTERVIEW = "Task_InterviewStaff";
    public static final String RECORD_FINDINGS = "Task_RecordFindings";
    public static final String COMMUNICATE = "Task_PreliminaryCommunication";
    public static final String WRITE_REPORT = "Task_WriteReport";
    public static final String APPROVE_REPORT = "Task_ApproveReport";
    public static final String RECEIVE_REPORT = "Task_ReceiveReport";
    public static final String RECTIFY_FINDINGS = "Activity_RectifyFindings";
    public static final String WRITE_SUMMARY = "Task_WriteSummary";
    public static final String END_AUDIT_CLOSED = "End_AuditClosed";
    public static final String END_PLAN_REJECTED = "End_PlanRejected";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String INITIATOR = "initiator";
    public static final String DEPARTMENT_OPTIONS = "departmentOptions";
    public static final String SUPERVISOR_OPTIONS = "supervisorOptions";
    // the supervision plan (forms/supervision-plan-draft.form)
    public static final String TITLE = "auditTitle";
    public static final String AUDITED_DEPARTMENTS = "auditedDepartments";
    public static final String FOCUS_AREAS = "focusAreas";
    public static final String GOALS = "auditGoals";
    public static final String METHODS = "auditMethods";
    public static final String ON_SITE_DATE = "onSiteDate";
    public static final String SUPERVISORS = "supervisors";
    // the record
    public static final String AUDIT_ID = "auditId";
    public static final String AUDIT_NUMBER = "auditNumber";
    public static final String AUDIT_STATUS = "auditStatus";
    public static final String AUDITED_DEPARTMENT_NAMES = "auditedDepartmentNames";
    public static final String FOCUS_AREA_LABELS = "focusAreaLabels";
    public static final String SUPERVISOR_NAMES = "supervisorNames";
    /** The assigned supervisors as "a,b", for candidateUsers. */
    public static final String SUPERVISOR_LIST = "supervisorList";
    /** When the on-site audit starts, as a date the timer reads. */
    public static final String ON_SITE_AT = "onSiteAt";
    // on site (forms/supervision-on-site-step.form, forms/supervision-findings.form)
    public static final String STEP_NOTES = "stepNotes";
    public static final String FINDINGS = "findings";
    public static final String HAS_FINDINGS = "hasFindings";
    public static final String FINDINGS_VIEW = "findingsView";
    public static final String ON_SITE_LOG = "onSiteLog";
    // feedback (forms/supervision-communication.form, forms/supervision-report.form)
    public static final String AUDITED_DEPARTMENT = "auditedDepartment";
    public static final String CAUSES = "causes";
    public static final String SOLUTIONS = "solutions";
    public static final String COMMUNICATION_LOG = "communicationLog";
    public static final String REPORT_EXECUTION = "reportExecution";
    public static final String REPORT_HIGHLIGHTS = "reportHighlights";
    public static final String REPORT_PROBLEMS = "reportProblems";
    public static final String REPORT_ANALYSIS = "reportAnalysis";
    public static final String REPORT_SUGGESTIONS = "reportSuggestions";
    // rectification, one called instance per finding
    public static final String FINDING_ID = "findingId";
    // summary (forms/supervision-summary.form)
    public static final String SUMMARY_LESSONS = "summaryLessons";
    public static final String SUMMARY_EFFECT = "summaryEffect";
    public static final String SUMMARY_PROPOSALS = "summaryProposals";
    public static final String TRAINING_NEEDS = "trainingNeeds";
    // review steps
    public static final String DECISION = ReviewVariables.DECISION;
    public static final String DECISION_COMMENT = ReviewVariables.DECISION_COMMENT;
    public static final String REVIEW_OUTCOME = ReviewVariables.REVIEW_OUTCOME;
    public static final String LAST_RETURN_COMMENT = ReviewVariables.LAST_RETURN_COMMENT;
    public static final String DECISION_HISTORY = ReviewVariables.DECISION_HISTORY;

    private Variables() {
    }
  }
}

package com.opsflow.supervision;

import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

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
    // an audit a supervision programme planned and approved (SV-2.1.1), as its call activity passes it in
    public static final String PROGRAMME_NUMBER = SupervisionProgrammeProcess.Variables.PROGRAMME_NUMBER;
    public static final String PROGRAMME_DRAFTER = SupervisionProgrammeProcess.Variables.PROGRAMME_DRAFTER;
    public static final String PLANNED_AUDIT_NO = SupervisionProgrammeProcess.Variables.PLANNED_AUDIT_NO;
    /** true when the audit needs no approval of its own: its programme was approved. */
    public static final String PLAN_APPROVED = "planApprovedInProgramme";
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

  /** What people type, with the label and limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField FINDINGS_DESCRIPTION = TextField.column(Variables.FINDINGS, "description", "表现形式", 2000);
    public static final TextField FINDINGS_SCOPE = TextField.column(Variables.FINDINGS, "scope", "影响范围", 500);
    public static final TextField FINDINGS_RESPONSIBLE_PERSON = TextField.column(Variables.FINDINGS, "responsiblePerson", "责任人", 50);
    public static final TextField CAUSES = new TextField(Variables.CAUSES, "问题原因分析", 2000);
    public static final TextField SOLUTIONS = new TextField(Variables.SOLUTIONS, "可能的解决办法", 2000);
    public static final TextField STEP_NOTES = new TextField(Variables.STEP_NOTES, "本环节的记录", 2000);
    public static final TextField REPORT_EXECUTION = new TextField(Variables.REPORT_EXECUTION, "计划执行情况", 2000);
    public static final TextField REPORT_HIGHLIGHTS = new TextField(Variables.REPORT_HIGHLIGHTS, "工作亮点", 2000);
    public static final TextField REPORT_PROBLEMS = new TextField(Variables.REPORT_PROBLEMS, "存在的问题", 2000);
    public static final TextField REPORT_ANALYSIS = new TextField(Variables.REPORT_ANALYSIS, "原因分析", 2000);
    public static final TextField REPORT_SUGGESTIONS = new TextField(Variables.REPORT_SUGGESTIONS, "整改建议", 2000);
    public static final TextField SUMMARY_LESSONS = new TextField(Variables.SUMMARY_LESSONS, "经验教训", 2000);
    public static final TextField SUMMARY_EFFECT = new TextField(Variables.SUMMARY_EFFECT, "督导效果（前后对比）", 2000);
    public static final TextField SUMMARY_PROPOSALS = new TextField(Variables.SUMMARY_PROPOSALS, "改进建议", 2000);
    public static final TextField TRAINING_NEEDS = new TextField(Variables.TRAINING_NEEDS, "培训需求", 2000);
    public static final TextField TITLE = new TextField(Variables.TITLE, "督导名称", 100);
    public static final TextField GOALS = new TextField(Variables.GOALS, "督导目标", 2000);
    public static final TextField METHODS = new TextField(Variables.METHODS, "督导方法", 2000);

    private TextFields() {
    }
  }
}

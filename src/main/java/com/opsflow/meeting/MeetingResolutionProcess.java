package com.opsflow.meeting;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/meeting-resolution.bpmn}, its forms and the Java around it. */
public final class MeetingResolutionProcess {

  public static final String KEY = "meeting-resolution";

  private MeetingResolutionProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "Start_ResolutionAssigned";
    public static final String ASSIGN = "Task_AssignResolution";
    public static final String EXECUTE = "Task_ExecuteResolution";
    public static final String CHECK = "Task_CheckResolution";
    public static final String END_CLOSED = "End_ResolutionClosed";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    /** The resolution, passed in by the meeting's call activity. */
    public static final String RESOLUTION_ID = "resolutionId";
    public static final String RESOLUTION_NUMBER = "resolutionNumber";
    public static final String SUBJECT = "resolutionSubject";
    /** The 责任人; also the instance's initiator, so they never check their own result. */
    public static final String OWNER = "resolutionOwner";
    public static final String OWNER_NAME = "resolutionOwnerName";
    public static final String INITIATOR = ApplicationProcess.INITIATOR;
    /** The due date, on the 责任人's task; 运营部's extension moves it. */
    public static final String DUE = "resolutionDue";
    public static final String DUE_TEXT = "resolutionDueText";
    public static final String MEETING_NUMBER = MeetingProcess.Variables.MEETING_NUMBER;
    public static final String MEETING_TOPIC = MeetingProcess.Variables.TOPIC;
    public static final String RESOLUTION_STATUS = "resolutionStatus";
    /** PROGRESS (a progress report, the task comes back) or DONE (the result, to 运营部). */
    public static final String REPORT_KIND = "reportKind";
    public static final String PROGRESS = "PROGRESS";
    public static final String DONE = "DONE";
    public static final String REPORT = "resolutionReport";
    public static final String LAST_PROGRESS = "lastProgress";
    public static final String RESULT = "resolutionResult";
    public static final String DECISION = ReviewVariables.DECISION;
    public static final String DECISION_COMMENT = ReviewVariables.DECISION_COMMENT;
    public static final String REVIEW_OUTCOME = ReviewVariables.REVIEW_OUTCOME;

    private Variables() {
    }
  }

  /** What people type, with the label and limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField REPORT = new TextField(Variables.REPORT, "进展或结果", 2000);

    private TextFields() {
    }
  }
}

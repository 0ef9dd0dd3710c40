package com.opsflow.meeting;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/meeting.bpmn}, its forms and the Java around it. */
public final class MeetingProcess {

  public static final String KEY = "meeting";
  /** Correlated by {@link MeetingCancellations} to call a meeting off; carries {@link Variables#CANCEL_REASON}. */
  public static final String CANCEL_MESSAGE = "opsflow.meetingCancelled";

  private MeetingProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START_CALLED = "Start_MeetingCalled";
    public static final String OPEN_MEETING = "Task_OpenMeeting";
    public static final String PREPARE_MEETING = "Task_PrepareMeeting";
    public static final String SEND_INVITATIONS = "Task_SendInvitations";
    public static final String WRITE_MINUTES = "Task_WriteMinutes";
    public static final String CONFIRM_MINUTES = "Task_ConfirmMinutes";
    public static final String PUBLISH_MINUTES = "Task_PublishMinutes";
    public static final String TRACK_RESOLUTIONS = "Task_TrackResolutions";
    public static final String CLOSE_MEETING = "Task_CloseMeeting";
    public static final String CANCEL_MEETING = "Task_CancelMeeting";
    public static final String END_CANCELLED = "End_MeetingCancelled";
    public static final String END_CLOSED = "End_MeetingClosed";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String INITIATOR = ApplicationProcess.INITIATOR;
    // the start form (forms/meeting-start.form) and the preparation (forms/meeting-prepare.form)
    public static final String KIND = "meetingKind";
    public static final String TOPIC = "meetingTopic";
    /** Rows of {@code {item}}: the 议程. */
    public static final String AGENDA = "agenda";
    public static final String DATE = "meetingDate";
    /** "09:30", from the form's list of half hours. */
    public static final String START_TIME = "startTime";
    public static final String DURATION_MINUTES = "durationMinutes";
    public static final String PLACE = "meetingPlace";
    /** People chosen one by one (logins). */
    public static final String ATTENDEE_PEOPLE = "attendeePeople";
    /** Departments and roles chosen as a whole; resolved to their members. */
    public static final String ATTENDEE_GROUPS = "attendeeGroups";
    public static final String RECORDER = "recorder";
    /** The collaboration project of a 项目协调会, by its number. */
    public static final String PROJECT = "projectNumber";
    // what the process keeps
    public static final String MEETING_ID = "meetingId";
    public static final String MEETING_NUMBER = "meetingNumber";
    public static final String MEETING_STATUS = "meetingStatus";
    public static final String ORGANISER = "organiser";
    /** One line for every form's heading: kind, time, place, organiser. */
    public static final String MEETING_SUMMARY = "meetingSummary";
    public static final String ATTENDEE_NAMES = "attendeeNames";
    public static final String PEOPLE_OPTIONS = "peopleOptions";
    public static final String GROUP_OPTIONS = "attendeeGroupOptions";
    public static final String PROJECT_OPTIONS = "projectOptions";
    /** The element of the confirmation's multi-instance: the attendee asked. */
    public static final String ATTENDEE = "attendee";
    // the minutes (forms/meeting-minutes.form)
    public static final String MINUTES_CONTENT = "minutesContent";
    /** Rows of {@code {subject, owner, due}}: the 决策事项. */
    public static final String DECISIONS = "decisions";
    public static final String MINUTES_VERSION = "minutesVersion";
    /** The decisions as the confirmation and publication forms show them. */
    public static final String DECISIONS_VIEW = "decisionsView";
    /** The objections to the last version, for the recorder. */
    public static final String OBJECTIONS_VIEW = "objectionsView";
    // the confirmation (forms/meeting-minutes-confirm.form)
    /** CONFIRM or OBJECT. */
    public static final String MINUTES_ANSWER = "minutesAnswer";
    public static final String MINUTES_COMMENT = "minutesComment";
    /** CONFIRMED or OBJECTED once every attendee answered. */
    public static final String MINUTES_OUTCOME = "minutesOutcome";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String CANCEL_REASON = "cancelReason";
    public static final String CANCELLED_BY = "cancelledBy";
    /** The resolutions the publication created, one called 决议跟踪 each. */
    public static final String RESOLUTION_IDS = "resolutionIds";
    /** The element of the tracking's multi-instance. */
    public static final String RESOLUTION_ID = "resolutionId";
    public static final String OBJECTED = "OBJECTED";

    private Variables() {
    }
  }

  /** What people type, with the label and limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField TOPIC = new TextField(Variables.TOPIC, "会议主题", 100);
    public static final TextField AGENDA_ITEM = TextField.column(Variables.AGENDA, "item", "议程事项", 200);
    public static final TextField PLACE = new TextField(Variables.PLACE, "地点或线上会议链接", 200);
    public static final TextField MINUTES_CONTENT = new TextField(Variables.MINUTES_CONTENT, "主要内容", 4000);
    public static final TextField DECISION_SUBJECT = TextField.column(Variables.DECISIONS, "subject", "决策事项", 500);
    public static final TextField MINUTES_COMMENT = new TextField(Variables.MINUTES_COMMENT, "意见", 500);

    private TextFields() {
    }
  }
}

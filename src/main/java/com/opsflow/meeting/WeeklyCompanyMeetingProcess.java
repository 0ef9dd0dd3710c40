package com.opsflow.meeting;

/** Names of {@code processes/weekly-company-meeting.bpmn}: the timer that calls the company meeting each week (OM-8.2). */
public final class WeeklyCompanyMeetingProcess {

  public static final String KEY = "weekly-company-meeting";

  private WeeklyCompanyMeetingProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "Start_EveryWeek";
    public static final String CALL_MEETING = "Activity_CompanyMeeting";

    private Elements() {
    }
  }
}

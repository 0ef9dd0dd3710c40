package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.organisation.Groups;

/** Who the meeting's steps go to, for the diagram's expressions. */
@Component("meetingPeople")
public class MeetingPeople {

  private final MeetingBook book;

  MeetingPeople(MeetingBook book) {
    this.book = book;
  }

  /** Who may prepare the meeting besides its organiser: 管理层 for the weekly company meeting nobody called yet. */
  public List<String> organiserGroups(DelegateExecution execution) {
    return execution.getVariable(ORGANISER) == null ? List.of(Groups.MANAGEMENT) : List.of();
  }

  /** The attendees who confirm the minutes: all but the recorder (OM-8.3). */
  public List<String> confirmers(DelegateExecution execution) {
    return book.confirmers(book.get((Long) execution.getVariable(MEETING_ID)));
  }
}

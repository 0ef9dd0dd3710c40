package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingResolutionProcess.Variables.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.organisation.Organisation;

/**
 * 交办决议 (OM-8.4): the item's 责任人 gets it as a task due at its 完成时间; the resolution's number is the business key.
 * The 责任人 counts as the applicant, so they never check their own result.
 */
@Component("assignResolution")
class AssignResolutionDelegate implements JavaDelegate {

  private final ResolutionBook book;
  private final MeetingBook meetings;
  private final Organisation org;
  private final CompanyClock clock;

  AssignResolutionDelegate(ResolutionBook book, MeetingBook meetings, Organisation org, CompanyClock clock) {
    this.book = book;
    this.meetings = meetings;
    this.org = org;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Resolution resolution = book.started((Long) execution.getVariable(RESOLUTION_ID), execution.getProcessInstanceId());
    Meeting meeting = meetings.get(resolution.meetingId());
    execution.setProcessBusinessKey(resolution.number());
    execution.setVariable(RESOLUTION_NUMBER, resolution.number());
    execution.setVariable(SUBJECT, resolution.subject());
    execution.setVariable(OWNER, resolution.owner());
    execution.setVariable(OWNER_NAME, org.displayName(resolution.owner()));
    execution.setVariable(INITIATOR, resolution.owner());
    execution.setVariable(MEETING_NUMBER, meeting.number());
    execution.setVariable(MEETING_TOPIC, meeting.topic());
    execution.setVariable(DUE, Date.from(resolution.dueAt()));
    execution.setVariable(DUE_TEXT, clock.format(resolution.dueAt()));
    execution.setVariable(RESOLUTION_STATUS, resolution.statusLabel());
  }
}

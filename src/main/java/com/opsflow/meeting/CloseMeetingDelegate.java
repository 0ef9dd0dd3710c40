package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结束会议: every resolution is closed (OM-8.4), or there was none, so the meeting is. */
@Component("closeMeeting")
class CloseMeetingDelegate implements JavaDelegate {

  private final MeetingBook book;

  CloseMeetingDelegate(MeetingBook book) {
    this.book = book;
  }

  @Override
  public void execute(DelegateExecution execution) {
    book.closed((Long) execution.getVariable(MEETING_ID));
    execution.setVariable(MEETING_STATUS, MeetingStatus.CLOSED.label());
  }
}

package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.StepCompletion;

/** 筹备会议 (OM-8.2, TC-4.1.1): the organiser's 主题, 议程, 时间, 地点, attendees and recorder, checked and kept. */
@Component("prepareMeeting")
class PrepareMeetingListener extends StepCompletion {

  private final MeetingBook book;
  private final MeetingCalls calls;
  private final MeetingNotice notice;
  private final IdentityService identityService;

  PrepareMeetingListener(MeetingBook book, MeetingCalls calls, MeetingNotice notice, IdentityService identityService) {
    this.book = book;
    this.calls = calls;
    this.notice = notice;
    this.identityService = identityService;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String organiser = CurrentUser.required(identityService);
    MeetingCall call = calls.check(execution.getVariables(), organiser);
    Meeting meeting = book.prepared((Long) execution.getVariable(MEETING_ID), call, organiser);
    execution.setVariable(ORGANISER, organiser);
    execution.setVariable(MEETING_STATUS, meeting.status().label());
    execution.setVariable(MEETING_SUMMARY, notice.summary(meeting));
    execution.setVariable(ATTENDEE_NAMES, notice.names(meeting.attendees()));
  }
}

package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.notification.Notifier;

/** 发送会议通知 (OM-8.2): every attendee gets the notice by mail with the invitation their calendar adds. */
@Component("sendMeetingInvitations")
class SendMeetingInvitationsDelegate implements JavaDelegate {

  private final MeetingBook book;
  private final MeetingNotice notice;
  private final MeetingInvitation invitation;
  private final Notifier notifier;

  SendMeetingInvitationsDelegate(MeetingBook book, MeetingNotice notice, MeetingInvitation invitation, Notifier notifier) {
    this.book = book;
    this.notice = notice;
    this.invitation = invitation;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Meeting meeting = book.get((Long) execution.getVariable(MEETING_ID));
    notifier.send("meeting-invitation:" + meeting.number() + ":" + meeting.invitationSequence(), meeting.attendees(),
        "【会议通知】" + meeting.kind().label() + "：" + meeting.topic() + "（" + notice.when(meeting) + "）",
        notice.invitation(meeting), invitation.of(meeting));
  }
}

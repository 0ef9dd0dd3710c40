package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.notification.Notifier;

/**
 * 通知取消会议 (OM-8.2): the meeting is marked 已取消 with the reason; attendees who had the notice get a mail with the
 * calendar's cancellation, so the meeting leaves their calendars.
 */
@Component("cancelMeeting")
class CancelMeetingDelegate implements JavaDelegate {

  private final MeetingBook book;
  private final MeetingNotice notice;
  private final MeetingInvitation invitation;
  private final Notifier notifier;

  CancelMeetingDelegate(MeetingBook book, MeetingNotice notice, MeetingInvitation invitation, Notifier notifier) {
    this.book = book;
    this.notice = notice;
    this.invitation = invitation;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = (String) execution.getVariable(CANCEL_REASON);
    boolean invited = book.get((Long) execution.getVariable(MEETING_ID)).status() == MeetingStatus.CALLED;
    Meeting meeting = book.cancelled((Long) execution.getVariable(MEETING_ID), reason, (String) execution.getVariable(CANCELLED_BY));
    execution.setVariable(MEETING_STATUS, meeting.status().label());
    if (invited) {
      notifier.send("meeting-cancelled:" + meeting.number(), meeting.attendees(),
          "【会议取消】" + meeting.kind().label() + "：" + meeting.topic() + "（" + notice.when(meeting) + "）",
          "原定 " + notice.when(meeting) + " 在" + meeting.place() + "召开的“" + meeting.topic() + "”已取消。\n取消原因：" + reason
              + "\n\n日历中的会议可随附件 invite.ics 删除。",
          invitation.cancellation(meeting));
    }
  }
}

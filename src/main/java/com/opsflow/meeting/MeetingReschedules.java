package com.opsflow.meeting;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.Refusal;
import com.opsflow.notification.Notifier;

/**
 * 会议改期 (OM-8.2): the organiser moves a called meeting, with the reason; the attendees get the next invitation
 * (same UID, next SEQUENCE), which replaces the old one in their calendars.
 */
@Service
class MeetingReschedules {

  private final MeetingBook book;
  private final MeetingCalls calls;
  private final MeetingNotice notice;
  private final MeetingInvitation invitation;
  private final Notifier notifier;
  private final CompanyClock clock;

  MeetingReschedules(MeetingBook book, MeetingCalls calls, MeetingNotice notice, MeetingInvitation invitation,
      Notifier notifier, CompanyClock clock) {
    this.book = book;
    this.calls = calls;
    this.notice = notice;
    this.invitation = invitation;
    this.notifier = notifier;
    this.clock = clock;
  }

  @Transactional
  Meeting reschedule(Meeting meeting, Map<String, Object> values, String caller) {
    if (!meeting.organiser().equals(caller)) {
      throw Refusal.forbidden("只有召集人可以为会议改期。");
    }
    if (meeting.status() != MeetingStatus.CALLED) {
      throw Refusal.badRequest("会议" + meeting.status().label() + "，已不能改期。");
    }
    FieldChecks checks = new FieldChecks();
    String reason = checks.text(values.get("reason"), "改期原因", MeetingCancellations.REASON_LIMIT, true);
    checks.refuseIfAny();
    MeetingCall moved = calls.moved(meeting, values);
    String before = notice.when(meeting);
    Meeting rescheduled = book.rescheduled(meeting.id(), moved, reason, caller,
        clock.format(moved.startsAt()) + "，" + moved.place());
    notifier.send("meeting-rescheduled:" + rescheduled.number() + ":" + rescheduled.invitationSequence(), rescheduled.attendees(),
        "【会议改期】" + rescheduled.kind().label() + "：" + rescheduled.topic() + "（" + notice.when(rescheduled) + "）",
        "原定 " + before + " 的会议改期。改期原因：" + reason + "\n\n" + notice.invitation(rescheduled),
        invitation.of(rescheduled));
    return rescheduled;
  }
}

package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;

/**
 * 发布会议纪要 (OM-8.3, OM-8.4): the confirmed minutes go by mail to the attendees and to each 责任人, and each decision
 * item becomes a resolution tracked by its own 决议跟踪.
 */
@Component("publishMinutes")
class PublishMinutesListener extends StepCompletion {

  private final MeetingBook book;
  private final MeetingNotice notice;
  private final Notifier notifier;
  private final Organisation org;
  private final CompanyClock clock;
  private final IdentityService identityService;

  PublishMinutesListener(MeetingBook book, MeetingNotice notice, Notifier notifier, Organisation org, CompanyClock clock,
      IdentityService identityService) {
    this.book = book;
    this.notice = notice;
    this.notifier = notifier;
    this.org = org;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    long meetingId = (Long) execution.getVariable(MEETING_ID);
    List<Resolution> resolutions = book.published(meetingId, CurrentUser.required(identityService));
    execution.setVariable(RESOLUTION_IDS, new ArrayList<>(resolutions.stream().map(Resolution::id).toList()));
    Meeting meeting = book.get(meetingId);
    execution.setVariable(MEETING_STATUS, meeting.status().label());
    MeetingMinutes minutes = book.current(meetingId);
    Set<String> readers = new LinkedHashSet<>(meeting.attendees());
    resolutions.forEach(r -> readers.add(r.owner()));
    notifier.send("meeting-minutes:" + meeting.number(), readers,
        "【会议纪要】" + meeting.kind().label() + "：" + meeting.topic(), body(meeting, minutes, resolutions));
  }

  private String body(Meeting meeting, MeetingMinutes minutes, List<Resolution> resolutions) {
    StringBuilder body = new StringBuilder("“").append(meeting.topic()).append("”（").append(meeting.number())
        .append("，").append(notice.when(meeting)).append("）的会议纪要经全体参会人员确认，现予发布。\n\n主要内容：\n")
        .append(minutes.content()).append("\n");
    if (resolutions.isEmpty()) {
      body.append("\n本次会议没有决策事项。\n");
    } else {
      body.append("\n决策事项（由运营部跟踪检查，请各责任人在完成时间前办理并汇报结果）：\n");
      for (Resolution r : resolutions) {
        body.append(r.number()).append(" ").append(r.subject()).append(" —— 责任人：").append(org.displayName(r.owner()))
            .append("，完成时间：").append(clock.format(r.dueAt())).append("\n");
      }
    }
    return body.append("\n会议详情：").append(notice.link(meeting)).toString();
  }
}

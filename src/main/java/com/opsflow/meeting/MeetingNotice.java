package com.opsflow.meeting;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.notification.NotificationLinks;
import com.opsflow.organisation.Organisation;

/** How a meeting reads in mails and form headings: what, when, where, who. */
@Component
class MeetingNotice {

  private final Organisation org;
  private final CompanyClock clock;
  private final NotificationLinks links;

  MeetingNotice(Organisation org, CompanyClock clock, NotificationLinks links) {
    this.org = org;
    this.clock = clock;
    this.links = links;
  }

  /** One line: 部门会议 · 2027-01-05 09:30–10:30 · 三楼会议室 · 召集人 周敏 · 记录人 吴磊. */
  String summary(Meeting meeting) {
    return meeting.kind().label() + " · " + when(meeting) + " · " + meeting.place() + " · 召集人 "
        + org.displayName(meeting.organiser()) + " · 记录人 " + org.displayName(meeting.recorder());
  }

  String when(Meeting meeting) {
    String end = clock.format(meeting.endsAt());
    return clock.format(meeting.startsAt()) + "–" + end.substring(end.length() - 5);
  }

  String names(List<String> people) {
    return people.stream().map(org::displayName).collect(Collectors.joining("、"));
  }

  String invitation(Meeting meeting) {
    StringBuilder body = new StringBuilder("请参加以下会议（日程邀请见附件 invite.ics，可直接添加到日历）：\n\n")
        .append("会议：").append(meeting.kind().label()).append("：").append(meeting.topic())
        .append("（").append(meeting.number()).append("）\n")
        .append("时间：").append(when(meeting)).append("\n")
        .append("地点：").append(meeting.place()).append("\n")
        .append("召集人：").append(org.displayName(meeting.organiser())).append("\n")
        .append("记录人：").append(org.displayName(meeting.recorder())).append("\n")
        .append("参会人员：").append(names(meeting.attendees())).append("\n\n议程：\n");
    List<String> agenda = meeting.agenda();
    for (int i = 0; i < agenda.size(); i++) {
      body.append(i + 1).append(". ").append(agenda.get(i)).append("\n");
    }
    return body.append("\n会议详情：").append(links.page("/api/meetings/" + meeting.number())).toString();
  }

  String link(Meeting meeting) {
    return links.page("/api/meetings/" + meeting.number());
  }
}

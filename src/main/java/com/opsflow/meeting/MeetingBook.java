package com.opsflow.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.RecordNumbers;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.meeting.MeetingProcess.TextFields;
import com.opsflow.organisation.Organisation;

/**
 * The meetings as the process writes them: opens a meeting under the next number of the year (HY-2027-0001),
 * records its preparation, each version of its minutes and each attendee's answer, and its publication, which
 * turns the decision items into resolutions.
 */
@Service
public class MeetingBook {

  static final int MAX_DECISIONS = 30;

  private final Meetings meetings;
  private final MinutesVersions minutes;
  private final Resolutions resolutions;
  private final Organisation org;
  private final CompanyClock clock;
  private final MeetingRules rules;
  private final MeetingCalls calls;
  private final RecordNumbers numbers;

  MeetingBook(RecordNumbers numbers, Meetings meetings, MinutesVersions minutes, Resolutions resolutions, Organisation org, CompanyClock clock,
      MeetingRules rules, MeetingCalls calls) {
    this.numbers = numbers;
    this.calls = calls;
    this.meetings = meetings;
    this.minutes = minutes;
    this.resolutions = resolutions;
    this.org = org;
    this.clock = clock;
    this.rules = rules;
  }

  /** The number is unique: two meetings racing for one number make the later one fail and retry as a whole. */
  @Transactional
  public Meeting open(MeetingKind kind, String topic, String organiser, String processInstanceId) {
    String prefix = "HY-" + clock.today().getYear() + "-";
    String number = prefix + String.format("%04d", numbers.next(prefix, () -> meetings.countByNumberStartingWith(prefix)));
    return meetings.saveAndFlush(new Meeting(number, kind, topic, organiser, processInstanceId, clock.now()));
  }

  @Transactional
  public Meeting prepared(long meetingId, MeetingCall call, String organiser) {
    Meeting meeting = get(meetingId);
    meeting.prepared(call, organiser, org.displayName(organiser), clock.now());
    return meeting;
  }

  /**
   * Checks and keeps a new version of the minutes: the content, and each decision item with a 责任人 from the
   * organisation and a 完成时间 not before today.
   */
  @Transactional
  public MeetingMinutes written(long meetingId, Object content, Object decisionRows, String recorder) {
    FieldChecks checks = new FieldChecks();
    String text = checks.text(content, TextFields.MINUTES_CONTENT, true);
    List<DecisionItem> decisions = decisions(decisionRows, checks);
    checks.refuseIfAny();
    Meeting meeting = get(meetingId);
    int version = minutes.findFirstByMeetingIdOrderByVersionDesc(meetingId).map(m -> m.version() + 1).orElse(1);
    MeetingMinutes written = minutes.save(new MeetingMinutes(meetingId, version, text, decisions, recorder, clock.now()));
    meeting.minutesWritten(version, recorder, org.displayName(recorder), clock.now());
    return written;
  }

  /** An attendee's answer to the current version; once all have answered, the meeting says what happens next. */
  @Transactional
  public MeetingMinutes answered(long meetingId, String attendee, boolean agreed, String comment) {
    Meeting meeting = get(meetingId);
    MeetingMinutes current = current(meetingId);
    if (current.answered(attendee, agreed, comment, confirmers(meeting).size(), clock.now())) {
      if (current.objected()) {
        meeting.minutesObjected(current.version(), clock.now());
      } else {
        meeting.minutesConfirmed(current.version(), clock.now());
      }
    }
    return current;
  }

  /** Publishes the confirmed version; each of its decision items becomes a resolution (OM-8.4). */
  @Transactional
  public List<Resolution> published(long meetingId, String publisher) {
    Meeting meeting = get(meetingId);
    MeetingMinutes current = current(meetingId);
    Instant now = clock.now();
    current.published(now);
    List<Resolution> created = new ArrayList<>();
    List<DecisionItem> decisions = current.decisions();
    for (int i = 0; i < decisions.size(); i++) {
      DecisionItem item = decisions.get(i);
      String department = departmentOf(item.owner());
      Instant due = item.due().atTime(rules.getResolutionDueHour(), 0).atZone(clock.zone()).toInstant();
      created.add(resolutions.save(new Resolution(meeting.number() + "-" + (i + 1), meetingId, i + 1, item, department,
          department == null ? null : org.departmentName(department), due, publisher, org.displayName(publisher), now)));
    }
    meeting.published(created.size(), publisher, org.displayName(publisher), now);
    if (created.isEmpty()) {
      meeting.closed(now);
    }
    return created;
  }

  @Transactional
  public Meeting rescheduled(long meetingId, MeetingCall moved, String reason, String organiser, String when) {
    Meeting meeting = get(meetingId);
    meeting.rescheduled(moved.startsAt(), moved.endsAt(), moved.place(), reason, organiser, org.displayName(organiser), when,
        clock.now());
    return meeting;
  }

  @Transactional
  public Meeting cancelled(long meetingId, String reason, String organiser) {
    Meeting meeting = get(meetingId);
    meeting.cancelled(reason, organiser, org.displayName(organiser), clock.now());
    return meeting;
  }

  @Transactional
  public void closed(long meetingId) {
    Meeting meeting = get(meetingId);
    if (meeting.status() != MeetingStatus.CLOSED) {
      meeting.closed(clock.now());
    }
  }

  /** Who confirms the minutes: every attendee but the recorder, who wrote them. */
  public List<String> confirmers(Meeting meeting) {
    return meeting.attendees().stream().filter(a -> !a.equals(meeting.recorder())).toList();
  }

  public Meeting get(long meetingId) {
    return meetings.findById(meetingId).orElseThrow();
  }

  public MeetingMinutes current(long meetingId) {
    return minutes.findFirstByMeetingIdOrderByVersionDesc(meetingId).orElseThrow();
  }

  public List<MeetingMinutes> versions(long meetingId) {
    return minutes.findByMeetingIdOrderByVersion(meetingId);
  }

  private String departmentOf(String person) {
    try {
      return org.departmentOf(person);
    } catch (SubmissionRefused notInOneDepartment) {
      return null; // 管理层 and people outside the departments: their items count under no department
    }
  }

  private List<DecisionItem> decisions(Object value, FieldChecks checks) {
    List<Map<String, Object>> rows = FieldChecks.rows(value);
    if (rows == null) {
      checks.add("决策事项的格式不正确");
      return List.of();
    }
    if (rows.size() > MAX_DECISIONS) {
      checks.add("决策事项不能超过 " + MAX_DECISIONS + " 项");
      return List.of();
    }
    Set<String> everyone = calls.everyone();
    LocalDate today = clock.today();
    List<DecisionItem> items = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String at = "第 " + (i + 1) + " 项";
      Map<String, Object> row = rows.get(i);
      String subject = checks.text(row, at, TextFields.DECISION_SUBJECT, true);
      Object owner = row.get("owner");
      if (!(owner instanceof String person) || person.isBlank()) {
        checks.add(at + "请选择责任人");
        owner = null;
      } else if (!everyone.contains(person)) {
        checks.add(at + "的责任人“" + person + "”不在组织架构中");
        owner = null;
      }
      LocalDate due = checks.date(row.get("due"), at + "的完成时间");
      if (due != null && due.isBefore(today)) {
        checks.add(at + "的完成时间 " + due + " 已经过去，请选择今天或以后的日期");
      }
      if (subject != null && owner != null && due != null) {
        items.add(new DecisionItem(subject, (String) owner, due));
      }
    }
    return items;
  }
}

package com.opsflow.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.organisation.Directory;
import com.opsflow.organisation.Directory.Person;

/**
 * A meeting as an iCalendar invitation (RFC 5545, {@code METHOD:REQUEST}) that Outlook, WeCom and phone calendars add:
 * times in the company's zone with its VTIMEZONE, the organiser as ORGANIZER and CHAIR, every attendee asked to reply.
 * The UID is the meeting's number and SEQUENCE counts changes, so a changed invitation replaces the old one.
 */
@Component
class MeetingInvitation {

  private final Directory directory;
  private final CompanyClock clock;

  MeetingInvitation(Directory directory, CompanyClock clock) {
    this.directory = directory;
    this.clock = clock;
  }

  String of(Meeting meeting) {
    return write(meeting, Method.request());
  }

  /** The same event with {@code METHOD:CANCEL}, {@code STATUS:CANCELLED} and the next sequence: calendars remove it. */
  String cancellation(Meeting meeting) {
    return write(meeting, Method.cancel());
  }

  private String write(Meeting meeting, Method method) {
    ICalendar calendar = new ICalendar();
    calendar.setProductId("-//opsflow//运营管理流程平台//ZH");
    calendar.setMethod(method);
    VEvent event = new VEvent();
    event.setUid(meeting.number() + "@opsflow");
    event.setSequence(meeting.invitationSequence());
    if (meeting.status() == MeetingStatus.CANCELLED) {
      event.setStatus(Status.cancelled());
    }
    event.setSummary(meeting.kind().label() + "：" + meeting.topic());
    event.setLocation(meeting.place());
    event.setDescription("议程：\n" + String.join("\n", numbered(meeting.agenda())) + "\n\n会议编号：" + meeting.number());
    event.setDateStart(Date.from(meeting.startsAt()), true);
    event.setDateEnd(Date.from(meeting.endsAt()), true);
    Person organiser = directory.person(meeting.organiser()).orElse(new Person(meeting.organiser(), meeting.organiser(), null));
    event.setOrganizer(new Organizer(organiser.name(), organiser.email()));
    for (Person person : directory.people(meeting.attendees())) {
      Attendee attendee = new Attendee(person.name(), person.email());
      boolean chairs = person.id().equals(meeting.organiser());
      attendee.setRole(chairs ? Role.CHAIR : Role.ATTENDEE);
      attendee.setParticipationStatus(chairs ? ParticipationStatus.ACCEPTED : ParticipationStatus.NEEDS_ACTION);
      attendee.setRsvp(!chairs);
      event.addAttendee(attendee);
    }
    calendar.addEvent(event);
    calendar.getTimezoneInfo().setDefaultTimezone(timezone(clock.zone(), meeting.startsAt()));
    return Biweekly.write(calendar).go();
  }

  /**
   * The company's zone written out as a VTIMEZONE (nothing is fetched from a time-zone server). Asia/Shanghai keeps one
   * offset all year; a zone with summer time falls back to its id, which calendars know.
   */
  private static TimezoneAssignment timezone(ZoneId zone, Instant at) {
    TimeZone javaZone = TimeZone.getTimeZone(zone);
    if (!zone.getRules().isFixedOffset() && !zone.getRules().getTransitionRules().isEmpty()) {
      return new TimezoneAssignment(javaZone, zone.getId());
    }
    ZoneOffset offset = zone.getRules().getOffset(at);
    int seconds = offset.getTotalSeconds();
    UtcOffset utc = new UtcOffset(seconds >= 0, Math.abs(seconds) / 3600, Math.abs(seconds) % 3600 / 60);
    StandardTime standard = new StandardTime();
    standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
    standard.setTimezoneOffsetFrom(utc);
    standard.setTimezoneOffsetTo(utc);
    standard.addTimezoneName(zone.getId().equals("Asia/Shanghai") ? "CST" : offset.getId());
    VTimezone component = new VTimezone(zone.getId());
    component.addStandardTime(standard);
    return new TimezoneAssignment(javaZone, component);
  }

  private static List<String> numbered(List<String> items) {
    return IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + ". " + items.get(i)).toList();
  }
}

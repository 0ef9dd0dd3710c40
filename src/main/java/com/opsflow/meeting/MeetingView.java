package com.opsflow.meeting;

import java.time.Instant;
import java.util.List;

import com.opsflow.approval.TrailEntry;

/** A meeting with its minutes' versions and its resolutions, as API clients and the meeting page read it. */
record MeetingView(String number, String kind, String topic, String status, Instant startsAt, Instant endsAt,
    String place, String organiser, String recorder, List<String> attendees, List<String> agenda, String project,
    List<Minutes> minutes, List<Item> resolutions, List<Entry> trail) {

  record Minutes(int version, String status, String writtenBy, Instant writtenAt, String content, List<Decision> decisions,
      List<Answer> answers) {}

  record Decision(String subject, String owner, String due) {}

  record Answer(String attendee, boolean agreed, String comment, Instant at) {}

  record Item(String number, String subject, String owner, String department, Instant due, String status, boolean overdue,
      String progress, String result) {}

  record Entry(String step, String action, String actor, String comment, Instant at) {}

  static List<Entry> entries(List<TrailEntry> trail) {
    return trail.stream().map(e -> new Entry(e.step(), e.action(), e.actorName(), e.comment(), e.occurredAt())).toList();
  }
}

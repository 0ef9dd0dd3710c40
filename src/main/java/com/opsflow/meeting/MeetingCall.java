package com.opsflow.meeting;

import java.time.Instant;
import java.util.List;

/** A meeting as its organiser fixed it (OM-8.2, TC-4.1.1), checked: attendees resolved to people. */
record MeetingCall(MeetingKind kind, String topic, List<String> agenda, Instant startsAt, Instant endsAt, String place,
    List<String> attendees, String recorder, String department, String projectNumber) {
}

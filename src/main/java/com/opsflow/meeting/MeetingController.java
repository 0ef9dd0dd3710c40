package com.opsflow.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Organisation;

/** A meeting, its minutes and resolutions over HTTP, for the people who may read them ({@link MeetingReaders}). */
@RestController
class MeetingController {

  private final Meetings meetings;
  private final MeetingBook book;
  private final Resolutions resolutions;
  private final MeetingReaders readers;
  private final MeetingInvitation invitation;
  private final Organisation org;
  private final IdentityService identityService;
  private final CompanyClock clock;
  private final MeetingCancellations cancellations;
  private final MeetingReschedules reschedules;

  MeetingController(Meetings meetings, MeetingBook book, Resolutions resolutions, MeetingReaders readers,
      MeetingInvitation invitation, Organisation org, IdentityService identityService, CompanyClock clock,
      MeetingCancellations cancellations, MeetingReschedules reschedules) {
    this.cancellations = cancellations;
    this.reschedules = reschedules;
    this.meetings = meetings;
    this.book = book;
    this.resolutions = resolutions;
    this.readers = readers;
    this.invitation = invitation;
    this.org = org;
    this.identityService = identityService;
    this.clock = clock;
  }

  @GetMapping(path = "/api/meetings/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<MeetingView> read(@PathVariable String number) {
    return readable(number).map(meeting -> ResponseEntity.ok(view(meeting))).orElse(ResponseEntity.notFound().build());
  }

  @GetMapping(path = "/api/meetings/{number}", produces = "text/html;charset=UTF-8")
  @Transactional(readOnly = true)
  ResponseEntity<String> page(@PathVariable String number, HttpServletRequest request) {
    String caller = identityService.getCurrentAuthentication() == null ? null : identityService.getCurrentAuthentication().getUserId();
    return readable(number).map(meeting -> ResponseEntity.ok(MeetingPage.of(view(meeting), clock,
            meeting.organiser().equals(caller) && meeting.cancellable() ? csrf(request) : null)))
        .orElse(ResponseEntity.status(404).body(MeetingPage.notFound(number)));
  }

  /** The web apps' CSRF token of the caller's session ("" for a client without one, who posts with HTTP Basic). */
  private static String csrf(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return token == null ? "" : token.toString();
  }

  /** The invitation again, for a calendar that missed the mail. */
  @GetMapping(path = "/api/meetings/{number}/invite.ics")
  @Transactional(readOnly = true)
  ResponseEntity<String> calendar(@PathVariable String number) {
    return readable(number).filter(meeting -> meeting.startsAt() != null)
        .map(meeting -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
            .header("Content-Disposition", "attachment; filename=\"" + meeting.number() + ".ics\"")
            .body(invitation.of(meeting)))
        .orElse(ResponseEntity.notFound().build());
  }

  /** 取消会议, body {@code {"reason": "…"}}: the organiser, before the minutes are written. */
  @PostMapping("/api/meetings/{number}/cancel")
  ResponseEntity<MeetingView> cancel(@PathVariable String number, @RequestBody Map<String, Object> body) {
    Meeting meeting = readable(number).orElseThrow(() -> Refusal.notFound("会议“" + number + "”不存在。"));
    cancellations.cancel(meeting, body.get("reason"), CurrentUser.required(identityService));
    return ResponseEntity.ok(view(meetings.findByNumber(number).orElseThrow()));
  }

  /**
   * 会议改期, body {@code {"meetingDate": "2027-01-05", "startTime": "14:00", "durationMinutes": 60, "meetingPlace": "…",
   * "reason": "…"}} (the place may be left out): the organiser, while the meeting is called and not yet held.
   */
  @PostMapping("/api/meetings/{number}/reschedule")
  ResponseEntity<MeetingView> reschedule(@PathVariable String number, @RequestBody Map<String, Object> body) {
    Meeting meeting = readable(number).orElseThrow(() -> Refusal.notFound("会议“" + number + "”不存在。"));
    return ResponseEntity.ok(view(reschedules.reschedule(meeting, body, CurrentUser.required(identityService))));
  }

  private Optional<Meeting> readable(String number) {
    return meetings.findByNumber(number).filter(meeting -> readers.mayRead(identityService.getCurrentAuthentication(), meeting));
  }

  private MeetingView view(Meeting m) {
    Instant now = clock.now();
    List<MeetingView.Minutes> minutes = book.versions(m.id()).stream().map(v -> new MeetingView.Minutes(v.version(),
        v.status().label(), org.displayName(v.writtenBy()), v.writtenAt(), v.content(),
        v.decisions().stream().map(d -> new MeetingView.Decision(d.subject(), org.displayName(d.owner()), d.due().toString())).toList(),
        v.answers().stream().map(a -> new MeetingView.Answer(org.displayName(a.attendee()), a.agreed(), a.comment(), a.answeredAt())).toList()))
        .toList();
    List<MeetingView.Item> items = resolutions.findByMeetingIdOrderByItemOrder(m.id()).stream()
        .map(r -> new MeetingView.Item(r.number(), r.subject(), org.displayName(r.owner()), r.ownerDepartmentName(), r.dueAt(),
            r.statusLabel(), r.overdueAt(now), r.progress(), r.result())).toList();
    boolean prepared = m.status() != MeetingStatus.PREPARING;
    return new MeetingView(m.number(), m.kind().label(), m.topic(), m.status().label(), m.startsAt(), m.endsAt(), m.place(),
        prepared ? org.displayName(m.organiser()) : org.departmentName(m.organiser()),
        m.recorder() == null ? null : org.displayName(m.recorder()), m.attendees().stream().map(org::displayName).toList(),
        m.agenda(), m.projectNumber(), minutes, items, MeetingView.entries(m.trail()));
  }
}

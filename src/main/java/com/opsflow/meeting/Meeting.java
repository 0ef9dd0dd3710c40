package com.opsflow.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import com.opsflow.approval.DecisionTrail;
import com.opsflow.approval.TrailEntry;

/**
 * One meeting (OM-8.2): what it is about, when and where, who attends and who records, and where it stands. The
 * minutes ({@link MeetingMinutes}) and the resolutions ({@link Resolution}) refer to it.
 */
@Entity
@Table(name = "meeting")
public class Meeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "meeting_number", nullable = false)
  private String number;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingKind kind;
  @Column(nullable = false)
  private String topic;
  private String place;
  @Column(name = "starts_at")
  private Instant startsAt;
  @Column(name = "ends_at")
  private Instant endsAt;
  @Column(nullable = false)
  private String organiser;
  private String recorder;
  /** The department of a 部门会议. */
  private String department;
  /** The collaboration project of a 项目协调会, by its number. */
  @Column(name = "project_number")
  private String projectNumber;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeetingStatus status;
  /** RFC 5545 SEQUENCE: each changed invitation counts one up, so calendars replace the old one. */
  @Column(name = "invitation_sequence", nullable = false)
  private int invitationSequence;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "closed_at")
  private Instant closedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "item_order")
  @Column(name = "item")
  private List<String> agenda = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "attendee_order")
  @Column(name = "attendee")
  private List<String> attendees = new ArrayList<>();

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "meeting_trail", joinColumns = @JoinColumn(name = "meeting_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected Meeting() {
  }

  Meeting(String number, MeetingKind kind, String topic, String organiser, String processInstanceId, Instant now) {
    this.number = number;
    this.kind = kind;
    this.topic = topic;
    this.organiser = organiser;
    this.processInstanceId = processInstanceId;
    this.status = MeetingStatus.PREPARING;
    this.createdAt = now;
  }

  void prepared(MeetingCall call, String actor, String actorName, Instant now) {
    this.kind = call.kind();
    this.topic = call.topic();
    this.place = call.place();
    this.startsAt = call.startsAt();
    this.endsAt = call.endsAt();
    this.recorder = call.recorder();
    this.department = call.department();
    this.projectNumber = call.projectNumber();
    this.organiser = actor;
    this.agenda = new ArrayList<>(call.agenda());
    this.attendees = new ArrayList<>(call.attendees());
    this.status = MeetingStatus.CALLED;
    this.invitationSequence++;
    trail.event("筹备会议", "发出会议通知", actor, actorName, call.attendees().size() + " 人参会", now);
  }

  /** Moved before it was held (OM-8.2): the next invitation replaces the one in the attendees' calendars. */
  void rescheduled(Instant startsAt, Instant endsAt, String place, String reason, String actor, String actorName,
      String when, Instant now) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.place = place;
    this.invitationSequence++;
    trail.event("会议改期", "改期至 " + when, actor, actorName, reason, now);
  }

  void minutesWritten(int version, String actor, String actorName, Instant now) {
    this.status = MeetingStatus.MINUTES_CONFIRMING;
    trail.event("撰写会议纪要", version == 1 ? "提交纪要" : "提交第 " + version + " 版纪要", actor, actorName, null, now);
  }

  void minutesObjected(int version, Instant now) {
    this.status = MeetingStatus.MINUTES_RETURNED;
    trail.event("确认会议纪要", "第 " + version + " 版有异议，退回记录人", null, null, null, now);
  }

  void minutesConfirmed(int version, Instant now) {
    this.status = MeetingStatus.MINUTES_CONFIRMED;
    trail.event("确认会议纪要", "第 " + version + " 版全体确认", null, null, null, now);
  }

  void published(int decisions, String actor, String actorName, Instant now) {
    this.status = decisions == 0 ? MeetingStatus.CLOSED : MeetingStatus.TRACKING;
    trail.event("发布会议纪要", "发布纪要", actor, actorName, decisions == 0 ? "无决议事项" : decisions + " 项决议转入跟踪", now);
  }

  /** Called off before it was held (OM-8.2); an invitation sent before is withdrawn with the next sequence. */
  void cancelled(String reason, String actor, String actorName, Instant now) {
    this.status = MeetingStatus.CANCELLED;
    this.closedAt = now;
    this.invitationSequence++;
    trail.event("取消会议", "会议已取消", actor, actorName, reason, now);
  }

  /** Whether the organiser may still call it off: before the minutes are written. */
  boolean cancellable() {
    return status == MeetingStatus.PREPARING || status == MeetingStatus.CALLED;
  }

  void closed(Instant now) {
    this.status = MeetingStatus.CLOSED;
    this.closedAt = now;
    trail.event("会议结束", "全部决议已完成", null, null, null, now);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public MeetingKind kind() {
    return kind;
  }

  public String topic() {
    return topic;
  }

  public String place() {
    return place;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String organiser() {
    return organiser;
  }

  public String recorder() {
    return recorder;
  }

  public String department() {
    return department;
  }

  public String projectNumber() {
    return projectNumber;
  }

  public MeetingStatus status() {
    return status;
  }

  public int invitationSequence() {
    return invitationSequence;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public List<String> agenda() {
    return List.copyOf(agenda);
  }

  public List<String> attendees() {
    return List.copyOf(attendees);
  }

  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

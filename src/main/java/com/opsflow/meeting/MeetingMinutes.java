package com.opsflow.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One version of a meeting's minutes (OM-8.3). A version is never changed once written: an objection makes the
 * recorder write the next one, so what each attendee confirmed stays as they saw it.
 */
@Entity
@Table(name = "meeting_minutes")
public class MeetingMinutes {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;
  @Column(nullable = false)
  private int version;
  @Column(nullable = false)
  private String content;
  @Column(name = "written_by", nullable = false)
  private String writtenBy;
  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MinutesStatus status;
  @Column(name = "published_at")
  private Instant publishedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_minutes_decision", joinColumns = @JoinColumn(name = "minutes_id"))
  @OrderColumn(name = "item_order")
  private List<DecisionItem> decisions = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "minutes_confirmation", joinColumns = @JoinColumn(name = "minutes_id"))
  @OrderColumn(name = "answer_order")
  private List<MinutesAnswer> answers = new ArrayList<>();

  protected MeetingMinutes() {
  }

  MeetingMinutes(long meetingId, int version, String content, List<DecisionItem> decisions, String writtenBy, Instant now) {
    this.meetingId = meetingId;
    this.version = version;
    this.content = content;
    this.decisions = new ArrayList<>(decisions);
    this.writtenBy = writtenBy;
    this.writtenAt = now;
    this.status = MinutesStatus.CONFIRMING;
  }

  /** @return whether this was the last answer awaited */
  boolean answered(String attendee, boolean agreed, String comment, int awaited, Instant now) {
    answers.removeIf(answer -> answer.attendee().equals(attendee));
    answers.add(new MinutesAnswer(attendee, agreed, comment, now));
    if (answers.size() < awaited) {
      return false;
    }
    status = objected() ? MinutesStatus.OBJECTED : MinutesStatus.CONFIRMED;
    return true;
  }

  boolean objected() {
    return answers.stream().anyMatch(answer -> !answer.agreed());
  }

  void published(Instant now) {
    this.status = MinutesStatus.PUBLISHED;
    this.publishedAt = now;
  }

  public Long id() {
    return id;
  }

  public Long meetingId() {
    return meetingId;
  }

  public int version() {
    return version;
  }

  public String content() {
    return content;
  }

  public String writtenBy() {
    return writtenBy;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public MinutesStatus status() {
    return status;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public List<DecisionItem> decisions() {
    return List.copyOf(decisions);
  }

  public List<MinutesAnswer> answers() {
    return List.copyOf(answers);
  }
}

package com.opsflow.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One attendee's answer to one version of the minutes: confirmed, or an objection with its reason (OM-8.3). */
@Embeddable
public class MinutesAnswer {

  @Column(nullable = false)
  private String attendee;
  @Column(nullable = false)
  private boolean agreed;
  @Column(name = "answer_comment")
  private String comment;
  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected MinutesAnswer() {
  }

  MinutesAnswer(String attendee, boolean agreed, String comment, Instant answeredAt) {
    this.attendee = attendee;
    this.agreed = agreed;
    this.comment = comment;
    this.answeredAt = answeredAt;
  }

  public String attendee() {
    return attendee;
  }

  public boolean agreed() {
    return agreed;
  }

  public String comment() {
    return comment;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}

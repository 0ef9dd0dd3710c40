package com.opsflow.approval;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One event in a record's {@link DecisionTrail}: who did what at which step, when, and why. A reviewer's decision
 * carries its {@link ReviewDecision}; submissions, withdrawals and the record's own events carry none.
 */
@Embeddable
public class TrailEntry {

  @Column(nullable = false)
  private String step;
  @Column(nullable = false)
  private String action;
  private String actor;
  @Column(name = "actor_name")
  private String actorName;
  @Column(name = "decision_comment")
  private String comment;
  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;
  @Enumerated(EnumType.STRING)
  private ReviewDecision decision;

  protected TrailEntry() {
  }

  TrailEntry(String step, ReviewDecision decision, String action, String actor, String actorName, String comment,
      Instant occurredAt) {
    this(step, action, actor, actorName, comment, occurredAt);
    this.decision = decision;
  }

  TrailEntry(String step, String action, String actor, String actorName, String comment, Instant occurredAt) {
    this.step = step;
    this.action = action;
    this.actor = actor;
    this.actorName = actorName;
    this.comment = comment;
    this.occurredAt = occurredAt;
  }

  public String step() {
    return step;
  }

  /** 提交, 同意, 退回修改, 驳回 … as the person reads it. */
  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public String actorName() {
    return actorName;
  }

  public String comment() {
    return comment;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  /** The reviewer's decision, or null for an event that is not one. */
  public ReviewDecision decision() {
    return decision;
  }
}

package com.opsflow.supervision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One round of rectifying a finding: the plan, what was done, and the acceptance (整改验收). */
@Entity
@Table(name = "rectification_round")
public class RectificationRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "finding_id", nullable = false)
  private Long findingId;
  @Column(name = "round_no", nullable = false)
  private int number;
  @Column(nullable = false)
  private String measures;
  @Column(name = "responsible_person", nullable = false)
  private String responsiblePerson;
  @Column(nullable = false)
  private LocalDate deadline;
  @Column(name = "submitted_by", nullable = false)
  private String submittedBy;
  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;
  @Column(name = "completion_report")
  private String completionReport;
  @Column(name = "reminded_at")
  private Instant remindedAt;
  private Boolean accepted;
  @Column(name = "acceptance_comment")
  private String acceptanceComment;
  @Column(name = "accepted_by")
  private String acceptedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;

  protected RectificationRound() {
  }

  RectificationRound(long findingId, int number, RectificationPlan plan, String submittedBy, Instant now) {
    this.findingId = findingId;
    this.number = number;
    this.measures = plan.measures();
    this.responsiblePerson = plan.responsiblePerson();
    this.deadline = plan.deadline();
    this.submittedBy = submittedBy;
    this.submittedAt = now;
  }

  void reportCompletion(String report) {
    this.completionReport = report;
  }

  void reminded(Instant now) {
    this.remindedAt = now;
  }

  void extendTo(LocalDate newDeadline) {
    this.deadline = newDeadline;
  }

  void decide(boolean passed, String comment, String supervisor, Instant now) {
    this.accepted = passed;
    this.acceptanceComment = comment;
    this.acceptedBy = supervisor;
    this.decidedAt = now;
  }

  public int number() {
    return number;
  }

  public String measures() {
    return measures;
  }

  public String responsiblePerson() {
    return responsiblePerson;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public String completionReport() {
    return completionReport;
  }

  public Instant remindedAt() {
    return remindedAt;
  }

  public Boolean accepted() {
    return accepted;
  }

  public String acceptanceComment() {
    return acceptanceComment;
  }
}

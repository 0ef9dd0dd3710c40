package com.opsflow.supervision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A problem the supervisors recorded on site (SV-3.2), and how its rectification went (SV-3.4). */
@Entity
@Table(name = "audit_finding")
public class AuditFinding {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "audit_id", nullable = false)
  private Long auditId;
  @Column(name = "finding_no", nullable = false)
  private int number;
  @Column(nullable = false)
  private String description;
  @Enumerated(EnumType.STRING)
  @Column(name = "focus_area", nullable = false)
  private FocusArea focusArea;
  @Column(nullable = false)
  private String scope;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;
  @Column(name = "responsible_department", nullable = false)
  private String responsibleDepartment;
  @Column(name = "responsible_person", nullable = false)
  private String responsiblePerson;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FindingStatus status;
  /** Rectification rounds so far; 1 while the first plan is being carried out. */
  @Column(nullable = false)
  private int rounds;
  /** A deadline passed without the department doing what was due. */
  @Column(nullable = false)
  private boolean overdue;
  private LocalDate deadline;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "closed_at")
  private Instant closedAt;

  protected AuditFinding() {
  }

  AuditFinding(long auditId, int number, FindingDraft draft) {
    this.auditId = auditId;
    this.number = number;
    this.description = draft.description();
    this.focusArea = draft.focusArea();
    this.scope = draft.scope();
    this.severity = draft.severity();
    this.responsibleDepartment = draft.responsibleDepartment();
    this.responsiblePerson = draft.responsiblePerson();
    this.status = FindingStatus.RECTIFYING;
    this.rounds = 1;
  }

  void tracedBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void plannedUntil(LocalDate deadline) {
    this.deadline = deadline;
  }

  void failedRound() {
    this.rounds++;
  }

  void markOverdue() {
    this.overdue = true;
  }

  void close(FindingStatus outcome, Instant now) {
    this.status = outcome;
    this.closedAt = now;
  }

  public Long id() {
    return id;
  }

  public Long auditId() {
    return auditId;
  }

  public int number() {
    return number;
  }

  public String description() {
    return description;
  }

  public FocusArea focusArea() {
    return focusArea;
  }

  public String scope() {
    return scope;
  }

  public Severity severity() {
    return severity;
  }

  public String responsibleDepartment() {
    return responsibleDepartment;
  }

  public String responsiblePerson() {
    return responsiblePerson;
  }

  public FindingStatus status() {
    return status;
  }

  public int rounds() {
    return rounds;
  }

  public boolean overdue() {
    return overdue;
  }

  public LocalDate deadline() {
    return deadline;
  }
}

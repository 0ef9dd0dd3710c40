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
  /** The audit that found it; null for a finding of another source, e.g. a customer complaint's case analysis. */
  @Column(name = "audit_id")
  private Long auditId;
  /** The audit's or the customer case's number, which the rectification's business key starts with. */
  @Column(name = "source_number")
  private String sourceNumber;
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
  /** Why 管理层 closed it as failed, a departure from SV-3.4; null for a finding closed as it should be. */
  @Column(name = "closing_reason")
  private String closingReason;

  protected AuditFinding() {
  }

  /** What a customer complaint's case analysis asks its responsible department to rectify (CC-3.2.3). */
  static AuditFinding fromCustomerCase(String caseNumber, String requirement, Severity severity, String department,
      String responsiblePerson) {
    AuditFinding finding = new AuditFinding();
    finding.sourceNumber = caseNumber;
    finding.number = 1;
    finding.description = requirement;
    finding.focusArea = FocusArea.SERVICE_QUALITY;
    finding.scope = "客户投诉 " + caseNumber;
    finding.severity = severity;
    finding.responsibleDepartment = department;
    finding.responsiblePerson = responsiblePerson;
    finding.status = FindingStatus.RECTIFYING;
    finding.rounds = 1;
    return finding;
  }

  AuditFinding(long auditId, String auditNumber, int number, FindingDraft draft) {
    this.auditId = auditId;
    this.sourceNumber = auditNumber;
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

  void close(FindingStatus outcome, String reason, Instant now) {
    this.status = outcome;
    this.closedAt = now;
    this.closingReason = reason;
  }

  public String closingReason() {
    return closingReason;
  }

  public Long id() {
    return id;
  }

  public String sourceNumber() {
    return sourceNumber;
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

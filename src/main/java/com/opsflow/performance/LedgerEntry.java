package com.opsflow.performance;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Points for (positive) or against (negative) a department or one of its people, and where they come from. */
@Entity
@Table(name = "performance_ledger")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false)
  private String department;
  /** The person, or null for the department as a whole. */
  private String person;
  @Column(nullable = false)
  private int points;
  @Column(nullable = false)
  private String reason;
  @Column(name = "audit_id")
  private Long auditId;
  @Column(name = "audit_number")
  private String auditNumber;
  @Column(name = "finding_id")
  private Long findingId;
  @Column(name = "project_id")
  private Long projectId;
  @Column(name = "project_number")
  private String projectNumber;
  @Column(name = "case_number")
  private String caseNumber;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected LedgerEntry() {
  }

  public LedgerEntry(String department, String person, int points, String reason, Long auditId, String auditNumber,
      Long findingId, Instant recordedAt) {
    this.department = department;
    this.person = person;
    this.points = points;
    this.reason = reason;
    this.auditId = auditId;
    this.auditNumber = auditNumber;
    this.findingId = findingId;
    this.recordedAt = recordedAt;
  }

  /** A commendation or penalty of the collaboration group for a project (OC-4.4). */
  public static LedgerEntry forProject(String department, String person, int points, String reason, long projectId,
      String projectNumber, Instant recordedAt) {
    LedgerEntry entry = new LedgerEntry(department, person, points, reason, null, null, null, recordedAt);
    entry.projectId = projectId;
    entry.projectNumber = projectNumber;
    return entry;
  }

  /** Points of a department for a customer case (TC-6.2). */
  public static LedgerEntry forCase(String department, int points, String reason, String caseNumber, Instant recordedAt) {
    LedgerEntry entry = new LedgerEntry(department, null, points, reason, null, null, null, recordedAt);
    entry.caseNumber = caseNumber;
    return entry;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public Long projectId() {
    return projectId;
  }

  public String projectNumber() {
    return projectNumber;
  }

  public String department() {
    return department;
  }

  public String person() {
    return person;
  }

  public int points() {
    return points;
  }

  public String reason() {
    return reason;
  }

  public Long auditId() {
    return auditId;
  }

  public String auditNumber() {
    return auditNumber;
  }

  public Long findingId() {
    return findingId;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}

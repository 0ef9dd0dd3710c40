package com.opsflow.datareport;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department's submission for the month (OC-2.3.1, OM-7.1): the values themselves are in indicator_value. */
@Entity
@Table(name = "data_submission")
public class DataSubmission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "report_id", nullable = false)
  private Long reportId;
  @Column(nullable = false)
  private String department;
  /** PENDING until submitted, then SUBMITTED. */
  @Column(nullable = false)
  private String status;
  private String notes;
  @Column(name = "submitted_by")
  private String submittedBy;
  @Column(name = "submitted_at")
  private Instant submittedAt;
  /** How often it was chased for being late. */
  @Column(nullable = false)
  private int chased;

  protected DataSubmission() {
  }

  DataSubmission(Long reportId, String department) {
    this.reportId = reportId;
    this.department = department;
    this.status = "PENDING";
  }

  void submit(String notes, String by, Instant now) {
    this.notes = notes;
    this.submittedBy = by;
    this.submittedAt = now;
    this.status = "SUBMITTED";
  }

  void chase() {
    this.chased++;
  }

  public String department() {
    return department;
  }

  public boolean submitted() {
    return "SUBMITTED".equals(status);
  }

  public String notes() {
    return notes;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public int chased() {
    return chased;
  }
}

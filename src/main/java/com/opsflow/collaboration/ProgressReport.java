package com.opsflow.collaboration;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A participating department's progress report to the project lead (OC-4.2.2). */
@Entity
@Table(name = "project_progress_report")
public class ProgressReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "project_id", nullable = false)
  private Long projectId;
  @Column(nullable = false)
  private String department;
  @Column(nullable = false)
  private String reporter;
  @Column(nullable = false)
  private String progress;
  private String problems;
  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;
  /** 万元 spent in the period the report covers (CC-3.4). */
  @Column(name = "cost_incurred", nullable = false)
  private BigDecimal costIncurred = BigDecimal.ZERO;

  protected ProgressReport() {
  }

  ProgressReport(long projectId, String department, String reporter, String progress, String problems,
      BigDecimal costIncurred, Instant now) {
    this.costIncurred = costIncurred;
    this.projectId = projectId;
    this.department = department;
    this.reporter = reporter;
    this.progress = progress;
    this.problems = problems;
    this.reportedAt = now;
  }

  public BigDecimal costIncurred() {
    return costIncurred;
  }

  public String department() {
    return department;
  }

  public String reporter() {
    return reporter;
  }

  public String progress() {
    return progress;
  }

  public String problems() {
    return problems;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}

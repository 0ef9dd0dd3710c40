package com.opsflow.supervision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One periodic report on a finding's rectification (SV-3.4.2) and the supervisor's review of it (SV-3.4.3). */
@Entity
@Table(name = "rectification_progress")
public class RectificationProgress {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "finding_id", nullable = false)
  private Long findingId;
  @Column(name = "reported_by", nullable = false)
  private String reportedBy;
  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;
  @Column(nullable = false)
  private String progress;
  private String difficulties;
  @Column(name = "help_needed", nullable = false)
  private boolean helpNeeded;
  @Column(name = "reviewed_by")
  private String reviewedBy;
  private String review;
  @Column(name = "reviewed_at")
  private Instant reviewedAt;
  /** Asked for at any time (整改求助), not in a periodic report. */
  @Column(name = "ad_hoc", nullable = false)
  private boolean adHoc;

  protected RectificationProgress() {
  }

  RectificationProgress(long findingId, String reportedBy, String progress, String difficulties, boolean helpNeeded,
      Instant at) {
    this.findingId = findingId;
    this.reportedBy = reportedBy;
    this.progress = progress;
    this.difficulties = difficulties;
    this.helpNeeded = helpNeeded;
    this.reportedAt = at;
  }

  static RectificationProgress helpRequest(long findingId, String reportedBy, String progress, String difficulty, Instant at) {
    RectificationProgress request = new RectificationProgress(findingId, reportedBy, progress, difficulty, true, at);
    request.adHoc = true;
    return request;
  }

  public boolean adHoc() {
    return adHoc;
  }

  void reviewed(String supervisor, String review, Instant at) {
    this.reviewedBy = supervisor;
    this.review = review;
    this.reviewedAt = at;
  }

  public Long id() {
    return id;
  }

  public Long findingId() {
    return findingId;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public String progress() {
    return progress;
  }

  public String difficulties() {
    return difficulties;
  }

  public boolean helpNeeded() {
    return helpNeeded;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public String review() {
    return review;
  }
}

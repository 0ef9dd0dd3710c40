package com.opsflow.datareport;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;

import com.opsflow.approval.DecisionTrail;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.Reviewed;
import com.opsflow.approval.TrailEntry;

/** A month's 数据分析报告 (OC-2.3.2–3, CC-3.3.2–3): 目的, 方法, 结果, 建议, written by 数据分析部, reviewed by 管理层. */
@Entity
@Table(name = "data_report")
public class DataReport implements Reviewed {

  static final String WRITE_STEP = "撰写数据分析报告";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "report_number", nullable = false)
  private String number;
  @Column(nullable = false)
  private String period;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportStatus status;
  private String purpose;
  private String method;
  private String results;
  private String recommendations;
  private String author;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "published_at")
  private Instant publishedAt;
  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "data_report_trail", joinColumns = @JoinColumn(name = "report_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected DataReport() {
  }

  DataReport(String period, String processInstanceId, Instant now) {
    this.number = "SJFX-" + period;
    this.period = period;
    this.processInstanceId = processInstanceId;
    this.status = ReportStatus.COLLECTING;
    this.createdAt = now;
  }

  void collected() {
    this.status = ReportStatus.DRAFTING;
  }

  void write(String purpose, String method, String results, String recommendations, String author, String authorName,
      Instant now) {
    trail.submitted(WRITE_STEP, this.author != null, author, authorName, now);
    this.purpose = purpose;
    this.method = method;
    this.results = results;
    this.recommendations = recommendations;
    this.author = author;
    this.status = ReportStatus.IN_REVIEW;
  }

  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
    this.status = submission.decision() == ReviewDecision.RETURN ? ReportStatus.QUESTIONED : this.status;
  }

  void publish(Instant now) {
    this.status = ReportStatus.PUBLISHED;
    this.publishedAt = now;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String period() {
    return period;
  }

  public ReportStatus status() {
    return status;
  }

  @Override
  public String statusLabel() {
    return status.label();
  }

  public String purpose() {
    return purpose;
  }

  public String method() {
    return method;
  }

  public String results() {
    return results;
  }

  public String recommendations() {
    return recommendations;
  }

  public String author() {
    return author;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

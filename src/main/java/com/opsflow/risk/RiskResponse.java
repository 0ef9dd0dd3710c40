package com.opsflow.risk;

import java.time.Instant;
import java.time.LocalDate;

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

import java.util.List;

import com.opsflow.approval.DecisionTrail;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.Reviewed;
import com.opsflow.approval.TrailEntry;

/**
 * A risk's response (OM-5.2): the department chooses 规避/降低/转移/接受 with measures, 责任人 and deadline; 接受 goes
 * to 管理层, the others are carried out by the 责任人 and checked by 运营部.
 */
@Entity
@Table(name = "risk_response")
public class RiskResponse implements Reviewed {

  static final String PLAN_STEP = "制定风险应对措施";
  static final String REPORT_STEP = "报告应对执行情况";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "response_number", nullable = false)
  private String number;
  @Column(name = "risk_id", nullable = false)
  private Long riskId;
  @Column(nullable = false)
  private String department;
  @Enumerated(EnumType.STRING)
  private ResponseStrategy strategy;
  private String measures;
  private String owner;
  @Column(name = "due_on")
  private LocalDate dueOn;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ResponseStatus status;
  @Column(name = "execution_report")
  private String executionReport;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "closed_at")
  private Instant closedAt;
  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "risk_response_trail", joinColumns = @JoinColumn(name = "response_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected RiskResponse() {
  }

  RiskResponse(String number, Risk risk, Instant now) {
    this.number = number;
    this.riskId = risk.id();
    this.department = risk.department();
    this.status = ResponseStatus.PLANNING;
    this.createdAt = now;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void plan(ResponseStrategy strategy, String measures, String owner, LocalDate dueOn, String actor, String actorName,
      Instant now) {
    trail.submitted(PLAN_STEP, this.strategy != null, actor, actorName, now);
    this.strategy = strategy;
    this.measures = measures;
    this.owner = owner;
    this.dueOn = dueOn;
    this.status = strategy == ResponseStrategy.ACCEPT ? ResponseStatus.AWAITING_APPROVAL : ResponseStatus.EXECUTING;
  }

  void report(String report, String actor, String actorName, Instant now) {
    trail.submitted(REPORT_STEP, executionReport != null, actor, actorName, now);
    this.executionReport = report;
    this.status = ResponseStatus.REPORTED;
  }

  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
    if (submission.decision() == ReviewDecision.RETURN) {
      this.status = strategy == ResponseStrategy.ACCEPT ? ResponseStatus.PLANNING : ResponseStatus.EXECUTING;
    }
  }

  /** 管理层 approved the acceptance, or 运营部 passed the execution. */
  void close(Instant now) {
    this.status = strategy == ResponseStrategy.ACCEPT ? ResponseStatus.ACCEPTED : ResponseStatus.DONE;
    this.closedAt = now;
  }

  public boolean overdue(LocalDate today) {
    return status.open() && dueOn != null && strategy != ResponseStrategy.ACCEPT && dueOn.isBefore(today);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public Long riskId() {
    return riskId;
  }

  public String department() {
    return department;
  }

  public ResponseStrategy strategy() {
    return strategy;
  }

  public String measures() {
    return measures;
  }

  public String owner() {
    return owner;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public ResponseStatus status() {
    return status;
  }

  @Override
  public String statusLabel() {
    return status.label();
  }

  public String executionReport() {
    return executionReport;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

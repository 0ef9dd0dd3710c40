package com.opsflow.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import com.opsflow.approval.DecisionTrail;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.Reviewed;
import com.opsflow.approval.TrailEntry;

/** A department's risks of one assessment round (OM-5.1), as identified, reviewed and registered, with its trail. */
@Entity
@Table(name = "risk_report")
public class RiskReport implements Reviewed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "report_number", nullable = false)
  private String number;
  @Column(nullable = false)
  private String department;
  @Column(name = "round_label", nullable = false)
  private String round;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RiskReportStatus status;
  private String reporter;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "risk_report_item", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "item_order")
  private List<RiskItem> items = new ArrayList<>();

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "risk_report_trail", joinColumns = @JoinColumn(name = "report_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected RiskReport() {
  }

  RiskReport(String number, String department, String round, String processInstanceId, Instant now) {
    this.number = number;
    this.department = department;
    this.round = round;
    this.processInstanceId = processInstanceId;
    this.status = RiskReportStatus.IN_REVIEW;
    this.createdAt = now;
  }

  void identify(List<RiskItem> identified, String reporter, String reporterName, Instant now) {
    trail.submitted("风险识别与评估", status == RiskReportStatus.RETURNED, reporter, reporterName, now);
    this.reporter = reporter;
    this.items.clear();
    this.items.addAll(identified);
    this.status = RiskReportStatus.IN_REVIEW;
  }

  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
    if (submission.decision() == ReviewDecision.RETURN) {
      this.status = RiskReportStatus.RETURNED;
    }
  }

  void registered(String actorName, Instant now) {
    trail.event("登记风险台账", "已登记 " + items.size() + " 项风险", null, actorName, null, now);
    this.status = RiskReportStatus.REGISTERED;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String department() {
    return department;
  }

  public String round() {
    return round;
  }

  public RiskReportStatus status() {
    return status;
  }

  @Override
  public String statusLabel() {
    return status.label();
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public List<RiskItem> items() {
    return List.copyOf(items);
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

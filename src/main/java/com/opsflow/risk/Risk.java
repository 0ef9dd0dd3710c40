package com.opsflow.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A risk in the company's register (OM-5.1): it lives across assessment rounds — each round's assessment is kept, the
 * latest one is the risk's current level.
 */
@Entity
@Table(name = "risk")
public class Risk {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "risk_number", nullable = false)
  private String number;
  @Column(nullable = false)
  private String department;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RiskCategory category;
  @Column(nullable = false)
  private String description;
  @Column(nullable = false)
  private int likelihood;
  @Column(nullable = false)
  private int impact;
  @Enumerated(EnumType.STRING)
  @Column(name = "risk_level", nullable = false)
  private RiskLevel level;
  /** OPEN while the department carries it. */
  @Column(nullable = false)
  private String status;
  /** The 管理层 member who acknowledged it as 重大. */
  @Column(name = "acknowledged_by")
  private String acknowledgedBy;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "risk_assessment", joinColumns = @JoinColumn(name = "risk_id"))
  @OrderColumn(name = "entry_order")
  private List<RiskScore> assessments = new ArrayList<>();

  protected Risk() {
  }

  Risk(String number, String department, RiskItem item, Instant now) {
    this.number = number;
    this.department = department;
    this.category = item.category();
    this.description = item.description();
    this.status = "OPEN";
    this.createdAt = now;
  }

  /** This round's assessment becomes the risk's current one; the earlier ones stay in its history. */
  void assess(RiskItem item, String round, String reportNumber, Instant now) {
    this.description = item.description();
    this.category = item.category();
    this.likelihood = item.likelihood();
    this.impact = item.impact();
    this.level = item.level();
    this.assessedAt = now;
    this.acknowledgedBy = null;
    assessments.add(new RiskScore(round, item.likelihood(), item.impact(), item.level(), reportNumber, now));
  }

  void acknowledge(String manager) {
    this.acknowledgedBy = manager;
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

  public RiskCategory category() {
    return category;
  }

  public String description() {
    return description;
  }

  public int likelihood() {
    return likelihood;
  }

  public int impact() {
    return impact;
  }

  public RiskLevel level() {
    return level;
  }

  public String status() {
    return status;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  public List<RiskScore> assessments() {
    return List.copyOf(assessments);
  }
}

package com.opsflow.risk;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One assessment of a register risk: the round, likelihood and impact, the level they gave. */
@Embeddable
public class RiskScore {

  @Column(name = "round_label", nullable = false)
  private String round;
  @Column(nullable = false)
  private int likelihood;
  @Column(nullable = false)
  private int impact;
  @Enumerated(EnumType.STRING)
  @Column(name = "risk_level", nullable = false)
  private RiskLevel level;
  @Column(name = "report_number", nullable = false)
  private String reportNumber;
  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  protected RiskScore() {
  }

  RiskScore(String round, int likelihood, int impact, RiskLevel level, String reportNumber, Instant assessedAt) {
    this.round = round;
    this.likelihood = likelihood;
    this.impact = impact;
    this.level = level;
    this.reportNumber = reportNumber;
    this.assessedAt = assessedAt;
  }

  public String round() {
    return round;
  }

  public RiskLevel level() {
    return level;
  }

  public int likelihood() {
    return likelihood;
  }

  public int impact() {
    return impact;
  }
}

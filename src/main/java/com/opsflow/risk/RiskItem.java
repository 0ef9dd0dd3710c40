package com.opsflow.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One risk as a department reported it in a round: new, or a register risk reassessed ({@code riskId}). */
@Embeddable
public class RiskItem {

  @Column(name = "risk_id")
  private Long riskId;
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

  protected RiskItem() {
  }

  RiskItem(Long riskId, RiskCategory category, String description, int likelihood, int impact, RiskLevel level) {
    this.riskId = riskId;
    this.category = category;
    this.description = description;
    this.likelihood = likelihood;
    this.impact = impact;
    this.level = level;
  }

  public Long riskId() {
    return riskId;
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
}

package com.opsflow.risk.warning;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A value past the threshold while the warning was open: the first raised it, later ones updated it. */
@Embeddable
public class WarningReading {

  @Column(nullable = false)
  private String period;
  @Column(nullable = false)
  private BigDecimal reading;
  @Enumerated(EnumType.STRING)
  @Column(name = "warning_level", nullable = false)
  private WarningLevel level;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected WarningReading() {
  }

  WarningReading(String period, BigDecimal reading, WarningLevel level, Instant recordedAt) {
    this.period = period;
    this.reading = reading;
    this.level = level;
    this.recordedAt = recordedAt;
  }

  public String period() {
    return period;
  }

  public BigDecimal reading() {
    return reading;
  }

  public WarningLevel level() {
    return level;
  }
}

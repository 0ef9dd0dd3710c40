package com.opsflow.risk.warning;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An indicator's value for one month (e.g. 2026-11): one per indicator and month; a later post revises it. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "indicator_code", nullable = false)
  private String indicatorCode;
  @Column(nullable = false)
  private String period;
  @Column(nullable = false)
  private BigDecimal reading;
  /** 数据报送 (a department's submission) or the other system's name. */
  @Column(nullable = false)
  private String source;
  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected IndicatorValue() {
  }

  IndicatorValue(String indicatorCode, String period, BigDecimal reading, String source, String recordedBy, Instant now) {
    this.indicatorCode = indicatorCode;
    this.period = period;
    revise(reading, source, recordedBy, now);
  }

  /** @return whether the value changed (posting the same value again changes nothing) */
  boolean revise(BigDecimal value, String source, String recordedBy, Instant now) {
    if (reading != null && reading.compareTo(value) == 0) {
      return false;
    }
    this.reading = value;
    this.source = source;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
    return true;
  }

  public String indicatorCode() {
    return indicatorCode;
  }

  public String period() {
    return period;
  }

  public BigDecimal reading() {
    return reading;
  }

  public String source() {
    return source;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}

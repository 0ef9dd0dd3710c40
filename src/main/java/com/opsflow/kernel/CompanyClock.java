package com.opsflow.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;


/**
 * The company's time: the engine's clock (so tests that move the engine clock move ours too) read in
 * the company's time zone.
 */
@Component
public class CompanyClock {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ZoneId zone;

  public CompanyClock(@Value("${opsflow.time-zone:Asia/Shanghai}") ZoneId zone) {
    this.zone = zone;
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /** e.g. 2027-03-05 14:30, as shown on forms. */
  public String format(Instant instant) {
    return instant == null ? "" : MINUTES.format(instant.atZone(zone));
  }
}

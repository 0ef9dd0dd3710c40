package com.opsflow.risk;

import java.time.LocalDate;

/** An assessment round (OM-5.1): the quarter a day falls in, as report numbers carry it (2026Q4) and people read it. */
public record RiskRound(String code, String label) {

  public static RiskRound of(LocalDate day) {
    int quarter = (day.getMonthValue() - 1) / 3 + 1;
    return new RiskRound(day.getYear() + "Q" + quarter, day.getYear() + "年第" + quarter + "季度");
  }
}

package com.opsflow.plan;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period a plan covers: a year, a quarter of a year, or a month of a year.
 *
 * @param number the quarter (1–4) or month (1–12); {@code null} for an annual plan
 */
public record PlanPeriod(PlanType type, int year, Integer number) {

  public PlanPeriod {
    if (type == PlanType.ANNUAL && number != null) {
      throw new IllegalArgumentException("an annual period has no number");
    }
    if (type == PlanType.QUARTERLY && (number == null || number < 1 || number > 4)) {
      throw new IllegalArgumentException("quarter must be 1-4");
    }
    if (type == PlanType.MONTHLY && (number == null || number < 1 || number > 12)) {
      throw new IllegalArgumentException("month must be 1-12");
    }
  }

  /** The period whose plan this period's plan breaks down (OM-3.2, OM-3.3): none for a year. */
  public PlanPeriod parent() {
    return switch (type) {
      case ANNUAL -> null;
      case QUARTERLY -> new PlanPeriod(PlanType.ANNUAL, year, null);
      case MONTHLY -> new PlanPeriod(PlanType.QUARTERLY, year, (number - 1) / 3 + 1);
    };
  }

  /** The period a drafting round opened on {@code today} plans for: next year, quarter or month. */
  /** The month a monthly plan drafted at the start of the month covers (OC-2.1.2): this one. */
  static PlanPeriod thisMonth(LocalDate today) {
    return new PlanPeriod(PlanType.MONTHLY, today.getYear(), today.getMonthValue());
  }

  static PlanPeriod following(PlanType type, LocalDate today) {
    return switch (type) {
      case ANNUAL -> new PlanPeriod(type, today.getYear() + 1, null);
      case QUARTERLY -> {
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        yield quarter == 4 ? new PlanPeriod(type, today.getYear() + 1, 1) : new PlanPeriod(type, today.getYear(), quarter + 1);
      }
      case MONTHLY -> {
        YearMonth next = YearMonth.from(today).plusMonths(1);
        yield new PlanPeriod(type, next.getYear(), next.getMonthValue());
      }
    };
  }

  public LocalDate start() {
    return switch (type) {
      case ANNUAL -> LocalDate.of(year, 1, 1);
      case QUARTERLY -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
      case MONTHLY -> LocalDate.of(year, number, 1);
    };
  }

  public LocalDate end() {
    return switch (type) {
      case ANNUAL -> LocalDate.of(year, 12, 31);
      case QUARTERLY -> YearMonth.of(year, number * 3).atEndOfMonth();
      case MONTHLY -> YearMonth.of(year, number).atEndOfMonth();
    };
  }

  /** e.g. {@code A}, {@code Q1}, {@code M03}: the period part of a plan number. */
  String code() {
    return switch (type) {
      case ANNUAL -> "A";
      case QUARTERLY -> "Q" + number;
      case MONTHLY -> String.format("M%02d", number);
    };
  }

  /** e.g. 2027年度, 2027年第1季度, 2027年3月. */
  public String label() {
    return switch (type) {
      case ANNUAL -> year + "年度";
      case QUARTERLY -> year + "年第" + number + "季度";
      case MONTHLY -> year + "年" + number + "月";
    };
  }

  /** Identifies "this department's plan of this type for this period"; unique among plans that hold it. */
  String keyFor(String department) {
    return department + "|" + type.code() + "|" + year + "|" + (number == null ? 0 : number);
  }
}

package com.opsflow.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When the regulation's drafting is due (OM-3.1 year end, OM-3.2 quarter end, OM-3.3 month end — or OC-2.1.2 month
 * start, see {@link MonthlyTiming}), as
 * cron expressions the timer start events of {@code *-plan-drafting-round.bpmn} read, e.g.
 * {@code ${planCalendar.annualCycle}}. Change them in configuration, not in the diagram.
 */
@Component("planCalendar")
@ConfigurationProperties("opsflow.plan.calendar")
public class PlanCalendar {

  /** Every 1 December, 09:00: departments draft next year's plan. */
  private String annualCycle = "0 0 9 1 12 ?";
  /** On the 15th of the last month of each quarter, 09:00: next quarter's plan. */
  private String quarterlyCycle = "0 0 9 15 3,6,9,12 ?";
  /** OM-3.1: when next year's company plan is consolidated, if every department's plan was not in force before. */
  private String companyPlanCycle = "0 0 9 25 12 ?";
  /**
   * When monthly plans are drafted. The regulations differ: OM-3.3 drafts next month's plan at the end of the month
   * (the default), OC-2.1.2 drafts the month's plan at its start.
   */
  public enum MonthlyTiming {
    /** OM-3.3: on the 25th, next month's plan, due when that month begins. */
    MONTH_END("0 0 9 25 * ?"),
    /** OC-2.1.2: on the 1st, this month's plan, due a few days in ({@code month-start-due-days}). */
    MONTH_START("0 0 9 1 * ?");

    private final String cycle;

    MonthlyTiming(String cycle) {
      this.cycle = cycle;
    }
  }

  private MonthlyTiming monthlyTiming = MonthlyTiming.MONTH_END;
  /** Set only to move the monthly round off its timing's day; otherwise the timing decides. */
  private String monthlyCycle;
  private int monthStartDueDays = 5;

  public String getAnnualCycle() {
    return annualCycle;
  }

  public void setAnnualCycle(String annualCycle) {
    this.annualCycle = annualCycle;
  }

  public String getCompanyPlanCycle() {
    return companyPlanCycle;
  }

  public void setCompanyPlanCycle(String companyPlanCycle) {
    this.companyPlanCycle = companyPlanCycle;
  }

  public String getQuarterlyCycle() {
    return quarterlyCycle;
  }

  public void setQuarterlyCycle(String quarterlyCycle) {
    this.quarterlyCycle = quarterlyCycle;
  }

  public String getMonthlyCycle() {
    return monthlyCycle == null || monthlyCycle.isBlank() ? monthlyTiming.cycle : monthlyCycle;
  }

  public MonthlyTiming getMonthlyTiming() {
    return monthlyTiming;
  }

  public void setMonthlyTiming(MonthlyTiming monthlyTiming) {
    this.monthlyTiming = monthlyTiming;
  }

  public int getMonthStartDueDays() {
    return monthStartDueDays;
  }

  public void setMonthStartDueDays(int monthStartDueDays) {
    this.monthStartDueDays = monthStartDueDays;
  }

  public void setMonthlyCycle(String monthlyCycle) {
    this.monthlyCycle = monthlyCycle;
  }
}

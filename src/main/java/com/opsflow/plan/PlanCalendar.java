package com.opsflow.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When the regulation's drafting is due (OM-3.1 year end, OM-3.2 quarter end, OM-3.3 month end), as
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
  /** On the 25th of each month, 09:00: next month's plan. */
  private String monthlyCycle = "0 0 9 25 * ?";

  public String getAnnualCycle() {
    return annualCycle;
  }

  public void setAnnualCycle(String annualCycle) {
    this.annualCycle = annualCycle;
  }

  public String getQuarterlyCycle() {
    return quarterlyCycle;
  }

  public void setQuarterlyCycle(String quarterlyCycle) {
    this.quarterlyCycle = quarterlyCycle;
  }

  public String getMonthlyCycle() {
    return monthlyCycle;
  }

  public void setMonthlyCycle(String monthlyCycle) {
    this.monthlyCycle = monthlyCycle;
  }
}

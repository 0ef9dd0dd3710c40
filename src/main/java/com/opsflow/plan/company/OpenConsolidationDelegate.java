package com.opsflow.plan.company;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/**
 * 到期汇总 (OM-3.1): on the calendar's date ({@code opsflow.plan.calendar.company-plan-cycle}) next year's company plan
 * is consolidated with the department plans in force then, unless it already was.
 */
@Component("openConsolidation")
class OpenConsolidationDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(OpenConsolidationDelegate.class);

  private final CompanyPlans companyPlans;
  private final CompanyPlanStarts starts;
  private final CompanyClock clock;

  OpenConsolidationDelegate(CompanyPlans companyPlans, CompanyPlanStarts starts, CompanyClock clock) {
    this.companyPlans = companyPlans;
    this.starts = starts;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int year = clock.today().getYear() + 1;
    if (companyPlans.findFirstByYearOrderByVersionDesc(year).isPresent()) {
      LOG.info("the company plan {} is consolidated already; the calendar opens nothing", year);
      return;
    }
    starts.start(year, "编制日历到期汇总");
  }
}

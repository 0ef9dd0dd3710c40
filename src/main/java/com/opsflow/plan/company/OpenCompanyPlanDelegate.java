package com.opsflow.plan.company;

import static com.opsflow.plan.company.CompanyPlanProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;

/**
 * 开启汇总 (OM-3.1): the year's next version of the company plan, with the department plans in force now; its number
 * (CP-2027, a later version CP-2027-V2) is the business key.
 */
@Component("openCompanyPlan")
class OpenCompanyPlanDelegate implements JavaDelegate {

  private final CompanyPlanBook book;
  private final CompanyPlanViews views;
  private final CompanyClock clock;

  OpenCompanyPlanDelegate(CompanyPlanBook book, CompanyPlanViews views, CompanyClock clock) {
    this.book = book;
    this.views = views;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer year = FieldChecks.integer(execution.getVariable(YEAR));
    int thisYear = clock.today().getYear();
    if (year == null || year < thisYear || year > thisYear + 1) {
      throw new SubmissionRefused("公司年度计划的年份只能是 " + thisYear + " 或 " + (thisYear + 1) + " 年");
    }
    String reason = execution.getVariable(REASON) instanceof String given ? given : "运营部发起汇总";
    CompanyPlan plan = book.open(year, reason, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(plan.number() + (plan.version() == 1 ? "" : "-V" + plan.version()));
    execution.setVariable(YEAR, year);
    execution.setVariable(REASON, reason);
    execution.setVariable(COMPANY_PLAN_ID, plan.id());
    execution.setVariable(COMPANY_PLAN_NUMBER, plan.number());
    execution.setVariable(VERSION, plan.version());
    if (plan.goals() != null) {
      execution.setVariable(GOALS, plan.goals());
    }
    views.show(execution, plan);
  }
}

package com.opsflow.plan.company;

import static com.opsflow.plan.company.CompanyPlanProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.plan.company.CompanyPlanProcess.TextFields;

/** 运营部汇总公司年度计划 (OM-3.1): the company's yearly goals over the department plans in force. */
@Component("recordCompanyGoals")
class RecordCompanyGoalsListener extends StepCompletion {

  private final CompanyPlanBook book;
  private final CompanyPlanViews views;
  private final IdentityService identityService;

  RecordCompanyGoalsListener(CompanyPlanBook book, CompanyPlanViews views, IdentityService identityService) {
    this.book = book;
    this.views = views;
    this.identityService = identityService;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String goals = checks.text(execution.getVariable(GOALS), TextFields.GOALS, true);
    checks.refuseIfAny();
    CompanyPlan plan = book.consolidated((Long) execution.getVariable(COMPANY_PLAN_ID), goals, CurrentUser.required(identityService));
    views.show(execution, plan);
  }
}

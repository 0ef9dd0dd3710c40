package com.opsflow.plan.company;

import static com.opsflow.plan.company.CompanyPlanProcess.Variables.*;

import java.util.EnumSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewDecisions;
import com.opsflow.kernel.StepCompletion;

/** 管理层审批 of the company plan (OM-3.1): 同意, or 退回修改 to 运营部 with the reason. */
@Component("recordCompanyPlanDecision")
class RecordCompanyPlanDecisionListener extends StepCompletion {

  private final ReviewDecisions decisions;
  private final CompanyPlanBook book;

  RecordCompanyPlanDecisionListener(ReviewDecisions decisions, CompanyPlanBook book) {
    this.decisions = decisions;
    this.book = book;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    decisions.record(execution, COMPANY_PLAN_ID, book, EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN))
        .ifPresent(plan -> execution.setVariable(STATUS, plan.statusLabel()));
  }
}

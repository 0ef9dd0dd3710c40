package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.kernel.CompanyClock;

/** 撤回计划: the drafter took the plan back before any review (checked by the approval operations); the period is free again. */
@Component("withdrawPlan")
class WithdrawPlanDelegate implements JavaDelegate {

  private final PlanSubmissions submissions;
  private final CompanyClock clock;

  WithdrawPlanDelegate(PlanSubmissions submissions, CompanyClock clock) {
    this.submissions = submissions;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long planId = (Long) execution.getVariable(PLAN_ID);
    if (planId != null) {
      OperationPlan plan = submissions.withdraw(planId, (String) execution.getVariable(ApplicationProcess.WITHDRAWN_BY), clock.now());
      execution.setVariable(PLAN_STATUS, plan.status().label());
    }
  }
}

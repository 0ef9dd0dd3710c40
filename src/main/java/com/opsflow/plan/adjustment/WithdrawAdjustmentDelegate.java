package com.opsflow.plan.adjustment;

import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/** 撤回申请: the applicant gives up; the plan in force stays as it is. */
@Component("withdrawAdjustment")
class WithdrawAdjustmentDelegate implements JavaDelegate {

  private final AdjustmentRequests requests;
  private final CompanyClock clock;

  WithdrawAdjustmentDelegate(AdjustmentRequests requests, CompanyClock clock) {
    this.requests = requests;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.withdraw((Long) execution.getVariable(ADJUSTMENT_ID), (String) execution.getVariable(INITIATOR), clock.now());
    execution.setVariable(ADJUSTMENT_STATUS, AdjustmentStatus.WITHDRAWN.label());
  }
}

package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.kernel.CompanyClock;

/** 计划生效: the route approved the plan; it becomes 已批准, 已备案 or 已发布 as the route table says. */
@Component("putPlanInForce")
class PutPlanInForceDelegate implements JavaDelegate {

  private final PlanReviews reviews;
  private final CompanyClock clock;

  PutPlanInForceDelegate(PlanReviews reviews, CompanyClock clock) {
    this.reviews = reviews;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanStatus outcome = PlanStatus.valueOf((String) execution.getVariable(APPROVED_STATUS));
    OperationPlan plan = reviews.putInForce((Long) execution.getVariable(PLAN_ID), outcome,
        (String) execution.getVariable(FILED_WITH), clock.now());
    execution.setVariable(PLAN_STATUS, plan.status().label());
    execution.setVariable(ApplicationProcess.OUTCOME, plan.status().label());
  }
}

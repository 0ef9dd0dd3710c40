package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PLAN_ID;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.PLAN_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecisions;

/** When a plan review step ends: the decision goes to the plan's trail (see {@link ReviewDecisions}). */
@Component("recordPlanDecision")
class RecordPlanDecisionListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final PlanReviews reviews;

  RecordPlanDecisionListener(ReviewDecisions decisions, PlanReviews reviews) {
    this.decisions = decisions;
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, PLAN_ID, reviews)
        .ifPresent(plan -> execution.setVariable(PLAN_STATUS, plan.statusLabel()));
  }
}

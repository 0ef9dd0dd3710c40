package com.opsflow.plan.adjustment;

import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.ADJUSTMENT_ID;
import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.ADJUSTMENT_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecisions;

/** When an adjustment review step ends: the decision goes to the adjustment's trail (see {@link ReviewDecisions}). */
@Component("recordAdjustmentDecision")
class RecordAdjustmentDecisionListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final AdjustmentReviews reviews;

  RecordAdjustmentDecisionListener(ReviewDecisions decisions, AdjustmentReviews reviews) {
    this.decisions = decisions;
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, ADJUSTMENT_ID, reviews)
        .ifPresent(adjustment -> execution.setVariable(ADJUSTMENT_STATUS, adjustment.statusLabel()));
  }
}

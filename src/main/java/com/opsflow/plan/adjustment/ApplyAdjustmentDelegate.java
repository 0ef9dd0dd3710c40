package com.opsflow.plan.adjustment;

import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.*;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.plan.OperationPlan;

/**
 * 新版本计划生效: the approved adjustment becomes the plan's next version. A plan that left force
 * meanwhile is a business refusal the diagram handles ({@value PlanAdjustmentProcess#ERROR_PLAN_NOT_IN_FORCE}).
 */
@Component("applyAdjustment")
class ApplyAdjustmentDelegate implements JavaDelegate {

  private final AdjustmentReviews reviews;
  private final PlanAdjustments adjustments;
  private final CompanyClock clock;

  ApplyAdjustmentDelegate(AdjustmentReviews reviews, PlanAdjustments adjustments, CompanyClock clock) {
    this.reviews = reviews;
    this.adjustments = adjustments;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long adjustmentId = (Long) execution.getVariable(ADJUSTMENT_ID);
    Optional<OperationPlan> newVersion = reviews.apply(adjustmentId, clock.now());
    PlanAdjustment adjustment = adjustments.findById(adjustmentId).orElseThrow();
    execution.setVariable(ADJUSTMENT_STATUS, adjustment.statusLabel());
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(adjustment.trail(), clock));
    if (newVersion.isEmpty()) {
      throw new BpmnError(PlanAdjustmentProcess.ERROR_PLAN_NOT_IN_FORCE, "计划已不再生效，调整作废");
    }
    execution.setVariable(NEW_PLAN_VERSION, newVersion.get().version());
  }
}

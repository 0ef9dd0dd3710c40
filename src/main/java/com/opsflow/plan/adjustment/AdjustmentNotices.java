package com.opsflow.plan.adjustment;

import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.ADJUSTMENT_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who must learn of an adjustment in force: the departments the applicant named as affected. The
 * acknowledgement multi-instance reads {@code ${adjustmentNotices.affectedDepartments(execution)}}, so
 * the list never becomes a (serialized) variable.
 */
@Component("adjustmentNotices")
public class AdjustmentNotices {

  private final PlanAdjustments adjustments;

  AdjustmentNotices(PlanAdjustments adjustments) {
    this.adjustments = adjustments;
  }

  public List<String> affectedDepartments(DelegateExecution execution) {
    return adjustments.findById((Long) execution.getVariable(ADJUSTMENT_ID)).orElseThrow()
        .affectedDepartments().stream().sorted().toList();
  }
}

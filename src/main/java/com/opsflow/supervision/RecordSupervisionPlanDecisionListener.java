package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.AUDIT_ID;
import static com.opsflow.supervision.SupervisionAuditProcess.Variables.AUDIT_STATUS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecisions;

/** 管理层 approves, returns or rejects the supervision plan (SV-3.1). */
@Component("recordSupervisionPlanDecision")
class RecordSupervisionPlanDecisionListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final AuditPlans plans;

  RecordSupervisionPlanDecisionListener(ReviewDecisions decisions, AuditPlans plans) {
    this.decisions = decisions;
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, AUDIT_ID, plans::decideOnPlan)
        .ifPresent(audit -> execution.setVariable(AUDIT_STATUS, audit.statusLabel()));
  }
}

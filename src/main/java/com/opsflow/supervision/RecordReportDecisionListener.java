package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.AUDIT_ID;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewDecisions;

/** 管理层 approves the formal report or returns it for revision (SV-3.3); a report is not rejected. */
@Component("recordReportDecision")
class RecordReportDecisionListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final AuditPlans plans;

  RecordReportDecisionListener(ReviewDecisions decisions, AuditPlans plans) {
    this.decisions = decisions;
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, AUDIT_ID, plans::decideOnReport, Set.of(ReviewDecision.APPROVE, ReviewDecision.RETURN));
  }
}

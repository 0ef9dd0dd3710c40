package com.opsflow.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 准备发起督导: the audit is started with what the programme's record says — department, focus, supervisors, the day
 * settled — not with anything a task submission could have written under those names (SV-2.1.1).
 */
@Component("prepareProgrammeAudit")
class PrepareProgrammeAuditDelegate implements JavaDelegate {

  private final PlannedAuditSteps steps;

  PrepareProgrammeAuditDelegate(PlannedAuditSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.prepareStart(execution);
  }
}

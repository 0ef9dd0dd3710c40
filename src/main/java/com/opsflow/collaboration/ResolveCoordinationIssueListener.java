package com.opsflow.collaboration;

import static com.opsflow.collaboration.ProjectCoordinationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.collaboration.ProjectCoordinationProcess.TextFields;

/** 协调解决: the lead records how it was resolved. */
@Component("resolveCoordinationIssue")
class ResolveCoordinationIssueListener extends StepCompletion {

  private final Coordination coordination;
  private final CompanyClock clock;

  ResolveCoordinationIssueListener(Coordination coordination, CompanyClock clock) {
    this.coordination = coordination;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String outcome = checks.text(execution.getVariable(OUTCOME), TextFields.OUTCOME, true);
    checks.refuseIfAny();
    coordination.resolve((Long) execution.getVariable(ISSUE_ID), outcome, (String) execution.getVariable(PROJECT_LEAD),
        clock.now());
  }
}

package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;

/** 申请验收: the lead states the results against the goals (OC-4.2.3). */
@Component("requestProjectAcceptance")
class RequestProjectAcceptanceListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RequestProjectAcceptanceListener(Projects projects, IdentityService identityService, CompanyClock clock) {
    this.projects = projects;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String results = checks.text(execution.getVariable(RESULTS), TextFields.RESULTS, true);
    checks.refuseIfAny();
    CollaborationProject project = projects.requestAcceptance((Long) execution.getVariable(PROJECT_ID), results,
        CurrentUser.of(identityService), clock.now());
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
  }
}

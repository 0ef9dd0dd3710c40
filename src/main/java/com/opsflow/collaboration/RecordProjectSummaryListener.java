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

/** 项目总结: lessons learned. */
@Component("recordProjectSummary")
class RecordProjectSummaryListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordProjectSummaryListener(Projects projects, IdentityService identityService, CompanyClock clock) {
    this.projects = projects;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String lessons = checks.text(execution.getVariable(LESSONS), TextFields.LESSONS, true);
    checks.refuseIfAny();
    CollaborationProject project = projects.close((Long) execution.getVariable(PROJECT_ID), lessons, CurrentUser.of(identityService), clock.now());
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
  }
}

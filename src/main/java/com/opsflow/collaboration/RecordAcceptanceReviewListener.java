package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.approval.AcceptanceVerdict;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;

/** One participating head's acceptance: passed, or the gaps; local to that head's task. */
@Component("recordAcceptanceReview")
class RecordAcceptanceReviewListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordAcceptanceReviewListener(Projects projects, IdentityService identityService, CompanyClock clock) {
    this.projects = projects;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    boolean passed = AcceptanceVerdict.submitted(execution.getVariable(ACCEPTANCE)).passed();
    FieldChecks checks = new FieldChecks();
    String gaps = checks.text(execution.getVariable(GAPS), TextFields.GAPS, !passed);
    checks.refuseIfAny();
    projects.reviewAcceptance((Long) execution.getVariable(PROJECT_ID), (String) execution.getVariable(REVIEWING_DEPARTMENT),
        CurrentUser.of(identityService), passed, gaps, clock.now());
  }
}

package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;

/**
 * 验收报告与项目总结: the 验收报告 (CC-3.4) and the lessons learned (OC-4.2.3); the 后评价 falls due
 * {@code opsflow.collaboration.post-evaluation-after} later.
 */
@Component("recordProjectSummary")
class RecordProjectSummaryListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final CompanyClock clock;
  private final CollaborationRules rules;

  RecordProjectSummaryListener(Projects projects, IdentityService identityService, CompanyClock clock,
      CollaborationRules rules) {
    this.rules = rules;
    this.projects = projects;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String report = checks.text(execution.getVariable(ACCEPTANCE_REPORT), TextFields.ACCEPTANCE_REPORT, true);
    String lessons = checks.text(execution.getVariable(LESSONS), TextFields.LESSONS, true);
    checks.refuseIfAny();
    CollaborationProject project = projects.close((Long) execution.getVariable(PROJECT_ID), report, lessons,
        CurrentUser.of(identityService), clock.now());
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
    execution.setVariable(POST_EVALUATION_AT, Date.from(clock.now().plus(rules.getPostEvaluationAfter())));
  }
}

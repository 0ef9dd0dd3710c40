package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;

/** 项目后评价 (CC-3.4): 运营部 judges, a while after the project closed, what it achieved and what to do better. */
@Component("recordPostEvaluation")
class RecordPostEvaluationListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordPostEvaluationListener(Projects projects, IdentityService identityService, CompanyClock clock) {
    this.projects = projects;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String goals = checks.text(execution.getVariable(GOAL_ACHIEVEMENT), TextFields.GOAL_ACHIEVEMENT, true);
    String benefits = checks.text(execution.getVariable(BENEFITS), TextFields.BENEFITS, true);
    String suggestions = checks.text(execution.getVariable(EVALUATION_SUGGESTIONS), TextFields.EVALUATION_SUGGESTIONS, false);
    checks.refuseIfAny();
    String evaluation = "目标达成情况：" + goals + "\n效益评价：" + benefits + (suggestions == null ? "" : "\n改进建议：" + suggestions);
    CollaborationProject project = projects.evaluate((Long) execution.getVariable(PROJECT_ID), evaluation,
        CurrentUser.of(identityService), clock.now());
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
  }
}

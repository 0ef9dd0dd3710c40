package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecisions;

/** The initiating department's head approves, returns or rejects (OC-4.1.1). */
@Component("recordProjectHeadDecision")
class RecordProjectHeadDecisionListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final Projects projects;

  RecordProjectHeadDecisionListener(ReviewDecisions decisions, Projects projects) {
    this.decisions = decisions;
    this.projects = projects;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, PROJECT_ID, projects::decideAsHead)
        .ifPresent(project -> execution.setVariable(PROJECT_STATUS, project.statusLabel()));
  }
}

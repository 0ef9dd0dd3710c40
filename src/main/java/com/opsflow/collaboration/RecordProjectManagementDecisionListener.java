package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecisions;

/** 管理层立项评审 (CC-3.4): a project the route table sends to 管理层 — by default from a budget of 50 万元 — is decided there. */
@Component("recordProjectManagementDecision")
class RecordProjectManagementDecisionListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final Projects projects;

  RecordProjectManagementDecisionListener(ReviewDecisions decisions, Projects projects) {
    this.decisions = decisions;
    this.projects = projects;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, PROJECT_ID, projects::decideAsManagement)
        .ifPresent(project -> execution.setVariable(PROJECT_STATUS, project.statusLabel()));
  }
}

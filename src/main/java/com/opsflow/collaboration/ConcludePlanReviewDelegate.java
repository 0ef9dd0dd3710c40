package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.CompanyClock;

/** 汇总审核意见: every head approved, or the plan goes back to the lead with all comments gathered. */
@Component("concludePlanReview")
class ConcludePlanReviewDelegate implements JavaDelegate {

  private final Projects projects;
  private final CollaborationRules rules;
  private final CompanyClock clock;

  ConcludePlanReviewDelegate(Projects projects, CollaborationRules rules, CompanyClock clock) {
    this.projects = projects;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> returns = projects.concludePlanReview((Long) execution.getVariable(PROJECT_ID), clock.now());
    CollaborationProject project = projects.project((Long) execution.getVariable(PROJECT_ID));
    execution.setVariable(PLAN_APPROVED_BY_ALL, returns.isEmpty());
    execution.setVariable(PLAN_RETURN_COMMENTS, returns.isEmpty() ? null : String.join("\n", returns));
    execution.setVariable(PROGRESS_CYCLE, "R/" + rules.getProgressInterval());
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(project.trail(), clock));
  }
}

package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.CompanyClock;

/** 汇总验收意见: all passed, or back to execution with the gaps listed. */
@Component("concludeAcceptance")
class ConcludeAcceptanceDelegate implements JavaDelegate {

  private final Projects projects;
  private final CompanyClock clock;

  ConcludeAcceptanceDelegate(Projects projects, CompanyClock clock) {
    this.projects = projects;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> gaps = projects.concludeAcceptance((Long) execution.getVariable(PROJECT_ID));
    CollaborationProject project = projects.project((Long) execution.getVariable(PROJECT_ID));
    execution.setVariable(ACCEPTED_BY_ALL, gaps.isEmpty());
    execution.setVariable(ACCEPTANCE_GAPS, gaps.isEmpty() ? null : String.join("\n", gaps));
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(project.trail(), clock));
  }
}

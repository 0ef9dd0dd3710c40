package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.StepCompletion;

/** 表彰与处罚: the collaboration group's commendations and penalties, into the performance ledger (OC-4.4). */
@Component("recordIncentives")
class RecordIncentivesListener extends StepCompletion {

  private final Projects projects;
  private final CompanyClock clock;

  RecordIncentivesListener(Projects projects, CompanyClock clock) {
    this.projects = projects;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    CollaborationProject project = projects.project((Long) execution.getVariable(PROJECT_ID));
    projects.award(project.id(), Incentive.listFrom(execution.getVariables(), project.departments()), clock.now());
  }
}

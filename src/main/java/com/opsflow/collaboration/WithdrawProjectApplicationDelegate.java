package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/** 撤回申请: the applicant took the application back before any review (checked by the approval operations). */
@Component("withdrawProjectApplication")
class WithdrawProjectApplicationDelegate implements JavaDelegate {

  private final Projects projects;
  private final CompanyClock clock;

  WithdrawProjectApplicationDelegate(Projects projects, CompanyClock clock) {
    this.projects = projects;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long projectId = (Long) execution.getVariable(PROJECT_ID);
    if (projectId != null) {
      CollaborationProject project = projects.withdraw(projectId,
          (String) execution.getVariable(com.opsflow.approval.ApplicationProcess.WITHDRAWN_BY), clock.now());
      execution.setVariable(PROJECT_STATUS, project.statusLabel());
    }
  }
}

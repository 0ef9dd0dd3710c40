package com.opsflow.collaboration;

import static com.opsflow.collaboration.ProjectCoordinationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.organisation.Organisation;
import com.opsflow.collaboration.ProjectCoordinationProcess.TextFields;

/** 提出协调事项: recorded against the project; the lead gets the task. */
@Component("raiseCoordinationIssue")
class RaiseCoordinationIssueListener extends StepCompletion {

  private final Coordination coordination;
  private final CollaborationProjects projects;
  private final Organisation org;
  private final CompanyClock clock;

  RaiseCoordinationIssueListener(Coordination coordination, CollaborationProjects projects, Organisation org, CompanyClock clock) {
    this.coordination = coordination;
    this.projects = projects;
    this.org = org;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String issue = checks.text(execution.getVariable(ISSUE), TextFields.ISSUE, true);
    checks.refuseIfAny();
    String user = (String) execution.getVariable(INITIATOR);
    CoordinationIssue raised = coordination.raise(execution.getVariable(CHOSEN_PROJECT),
        (String) execution.getVariable(DEPARTMENT), user, issue, execution.getProcessInstanceId(), clock.now());
    CollaborationProject project = projects.findById(raised.projectId()).orElseThrow();
    execution.setProcessBusinessKey(project.number() + "-协调-" + raised.id());
    execution.setVariable(ISSUE_ID, raised.id());
    execution.setVariable(PROJECT_ID, project.id());
    execution.setVariable(PROJECT_NUMBER, project.number());
    execution.setVariable(PROJECT_NAME, project.name());
    execution.setVariable(PROJECT_LEAD, project.lead());
    execution.setVariable(RAISED_BY, org.displayName(user) + "（" + org.departmentName((String) execution.getVariable(DEPARTMENT)) + "）");
  }
}

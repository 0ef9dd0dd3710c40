package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FormValues;
import com.opsflow.organisation.Organisation;

/** 提交立项申请: checks and records the application; the project number becomes the business key. */
@Component("submitProjectApplication")
class SubmitProjectApplicationDelegate implements JavaDelegate {

  private final Projects projects;
  private final Organisation org;
  private final CompanyClock clock;

  SubmitProjectApplicationDelegate(Projects projects, Organisation org, CompanyClock clock) {
    this.projects = projects;
    this.org = org;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String department = (String) execution.getVariable(DEPARTMENT);
    Set<String> departments = org.departments().stream().map(Group::getId).collect(Collectors.toSet());
    ProjectApplication application = ProjectApplication.from(execution.getVariables(), department, departments, clock.today());
    CollaborationProject project = projects.apply((Long) execution.getVariable(PROJECT_ID), department,
        (String) execution.getVariable(INITIATOR), application, execution.getProcessInstanceId(), clock.now());
    execution.setProcessBusinessKey(project.number());
    execution.setVariable(PROJECT_ID, project.id());
    execution.setVariable(PROJECT_NUMBER, project.number());
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
    // what project-approval-route.dmn decides on, from the record rather than from what was submitted
    execution.setVariable(CROSS_DEPARTMENT, project.crossDepartment());
    execution.setVariable(BUDGET, project.budget().doubleValue());
    execution.setVariable(DEPARTMENT_NAMES, project.departments().stream().sorted().map(org::departmentName)
        .collect(Collectors.joining("、")));
    Map<String, String> projectDepartments = new LinkedHashMap<>();
    project.departments().stream().sorted().forEach(id -> projectDepartments.put(id, org.departmentName(id)));
    execution.setVariable(PROJECT_DEPARTMENT_OPTIONS, FormValues.options(projectDepartments));
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(project.trail(), clock));
  }
}

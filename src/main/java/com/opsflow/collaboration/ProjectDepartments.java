package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The participating departments, initiating one included: each head reviews the plan and the acceptance. */
@Component("projectDepartments")
public class ProjectDepartments {

  private final Projects projects;

  ProjectDepartments(Projects projects) {
    this.projects = projects;
  }

  public List<String> of(DelegateExecution execution) {
    return projects.project((Long) execution.getVariable(PROJECT_ID)).departments().stream().sorted().toList();
  }
}

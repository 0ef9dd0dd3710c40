package com.opsflow.collaboration;

import static com.opsflow.collaboration.ProjectCoordinationProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/** 列出本部门执行中的项目: the options to choose from; refuses the start when there is none. */
@Component("listCoordinationProjects")
class ListCoordinationProjectsDelegate implements JavaDelegate {

  private final Coordination coordination;
  private final Organisation org;

  ListCoordinationProjectsDelegate(Coordination coordination, Organisation org) {
    this.coordination = coordination;
    this.org = org;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String department = org.departmentOf((String) execution.getVariable(INITIATOR));
    List<CollaborationProject> projects = coordination.executingProjectsOf(department);
    if (projects.isEmpty()) {
      throw new SubmissionRefused(org.departmentName(department) + "目前没有参与执行中的协作项目。");
    }
    Map<String, String> options = new LinkedHashMap<>();
    projects.forEach(project -> options.put(String.valueOf(project.id()), project.number() + "｜" + project.name()));
    execution.setVariable(DEPARTMENT, department);
    execution.setVariable(PROJECT_OPTIONS, FormValues.options(options));
  }
}

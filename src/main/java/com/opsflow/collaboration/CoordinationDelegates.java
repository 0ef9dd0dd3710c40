package com.opsflow.collaboration;

import static com.opsflow.collaboration.ProjectCoordinationProcess.Variables.*;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/**
 * 临时沟通协调 (OC-4.3): any participant raises an urgent problem of a project in execution at any time;
 * the lead resolves it and records the outcome; the project itself goes on.
 */
final class CoordinationDelegates {

  private CoordinationDelegates() {
  }

  /** Raising and resolving coordination issues. */
  @Service
  static class Coordination {

    private final CollaborationProjects projects;
    private final CoordinationIssues issues;

    Coordination(CollaborationProjects projects, CoordinationIssues issues) {
      this.projects = projects;
      this.issues = issues;
    }

    @Transactional(readOnly = true)
    List<CollaborationProject> executingProjectsOf(String department) {
      return projects.findByStatusOrderById(ProjectStatus.EXECUTING).stream()
          .filter(project -> project.departments().contains(department)).toList();
    }

    @Transactional
    CoordinationIssue raise(Object chosenProject, String department, String user, String issue, String processInstanceId,
        Instant now) {
      Integer id = FieldChecks.integer(chosenProject);
      CollaborationProject project = id == null ? null : projects.findById(id.longValue()).orElse(null);
      if (project == null || !project.departments().contains(department)) {
        throw new SubmissionRefused("请从列表中选择本部门参与的协作项目。");
      }
      if (project.status() != ProjectStatus.EXECUTING) {
        throw new SubmissionRefused("项目 " + project.number() + " 当前为“" + project.status().label() + "”，只有执行中的项目才能提出临时协调。");
      }
      return issues.save(new CoordinationIssue(project.id(), user, department, issue, processInstanceId, now));
    }

    @Transactional
    void resolve(long issueId, String outcome, String lead, Instant now) {
      issues.findById(issueId).orElseThrow().resolve(outcome, lead, now);
    }
  }

  /** 列出本部门执行中的项目: the options to choose from; refuses the start when there is none. */
  @Component("listCoordinationProjects")
  static class ListProjects implements JavaDelegate {

    private final Coordination coordination;
    private final Organisation org;

    ListProjects(Coordination coordination, Organisation org) {
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

  /** 提出协调事项: recorded against the project; the lead gets the task. */
  @Component("raiseCoordinationIssue")
  static class Raise implements ExecutionListener {

    private final Coordination coordination;
    private final CollaborationProjects projects;
    private final Organisation org;
    private final CompanyClock clock;

    Raise(Coordination coordination, CollaborationProjects projects, Organisation org, CompanyClock clock) {
      this.coordination = coordination;
      this.projects = projects;
      this.org = org;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (ProjectDelegates.cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String issue = checks.text(execution.getVariable(ISSUE), "需要协调的问题", 2000, true);
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

  /** 协调解决: the lead records how it was resolved. */
  @Component("resolveCoordinationIssue")
  static class Resolve implements ExecutionListener {

    private final Coordination coordination;
    private final CompanyClock clock;

    Resolve(Coordination coordination, CompanyClock clock) {
      this.coordination = coordination;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (ProjectDelegates.cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String outcome = checks.text(execution.getVariable(OUTCOME), "协调结果", 2000, true);
      checks.refuseIfAny();
      coordination.resolve((Long) execution.getVariable(ISSUE_ID), outcome, (String) execution.getVariable(PROJECT_LEAD),
          clock.now());
    }
  }
}

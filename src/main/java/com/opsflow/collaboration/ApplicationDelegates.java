package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.FormValues;
import com.opsflow.approval.ReviewDecisions;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/** Applying for a project and getting it approved (OC-4.1), each step a small bean below. */
public final class ApplicationDelegates {

  private ApplicationDelegates() {
  }

  /** 准备申请: the departments and people the forms offer; the applicant's own department. */
  @Component("prepareCollaboration")
  static class Prepare implements JavaDelegate {

    private final Organisation org;
    private final IdentityService identityService;

    Prepare(Organisation org, IdentityService identityService) {
      this.org = org;
      this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String department = org.departmentOf((String) execution.getVariable(INITIATOR));
      Map<String, String> departments = new LinkedHashMap<>();
      org.departments().stream().filter(group -> !group.getId().equals(department))
          .forEach(group -> departments.put(group.getId(), group.getName()));
      Map<String, String> people = new LinkedHashMap<>();
      identityService.createUserQuery().orderByUserId().asc().list().stream()
          .filter(user -> !identityService.createGroupQuery().groupMember(user.getId()).list().isEmpty())
          .forEach(user -> people.put(user.getId(), org.displayName(user.getId()) + "（" + user.getId() + "）"));
      execution.setVariable(DEPARTMENT, department);
      execution.setVariable(DEPARTMENT_OPTIONS, FormValues.options(departments));
      execution.setVariable(USER_OPTIONS, FormValues.options(people));
    }
  }

  /** 提交立项申请: checks and records the application; the project number becomes the business key. */
  @Component("submitProjectApplication")
  static class Submit implements JavaDelegate {

    private final Projects projects;
    private final Organisation org;
    private final CompanyClock clock;

    Submit(Projects projects, Organisation org, CompanyClock clock) {
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
      execution.setVariable(DEPARTMENT_NAMES, project.departments().stream().sorted().map(org::departmentName)
          .collect(Collectors.joining("、")));
      Map<String, String> projectDepartments = new LinkedHashMap<>();
      project.departments().stream().sorted().forEach(id -> projectDepartments.put(id, org.departmentName(id)));
      execution.setVariable(PROJECT_DEPARTMENT_OPTIONS, FormValues.options(projectDepartments));
      execution.setVariable(DECISION_HISTORY, DecisionHistory.of(project.trail(), clock));
    }
  }

  /** The initiating department's head approves, returns or rejects (OC-4.1.1). */
  @Component("recordProjectHeadDecision")
  static class HeadDecision implements ExecutionListener {

    private final ReviewDecisions decisions;
    private final Projects projects;

    HeadDecision(ReviewDecisions decisions, Projects projects) {
      this.decisions = decisions;
      this.projects = projects;
    }

    @Override
    public void notify(DelegateExecution execution) {
      decisions.record(execution, PROJECT_ID, projects::decideAsHead)
          .ifPresent(project -> execution.setVariable(PROJECT_STATUS, project.statusLabel()));
    }
  }

  /** 跨部门协作管理小组 reviews necessity, feasibility and resources and appoints the lead (OC-4.1.2). */
  @Component("recordGroupDecision")
  static class GroupDecision implements ExecutionListener {

    private final ReviewDecisions decisions;
    private final Projects projects;
    private final IdentityService identityService;
    private final Organisation org;

    GroupDecision(ReviewDecisions decisions, Projects projects, IdentityService identityService, Organisation org) {
      this.decisions = decisions;
      this.projects = projects;
      this.identityService = identityService;
      this.org = org;
    }

    @Override
    public void notify(DelegateExecution execution) {
      Object lead = execution.getVariable(PROJECT_LEAD);
      boolean approving = "APPROVE".equals(execution.getVariable(DECISION));
      if (approving && (!(lead instanceof String id) || identityService.createUserQuery().userId(id).count() == 0)) {
        throw new SubmissionRefused("同意立项时须从组织中选择项目负责人。");
      }
      decisions.record(execution, PROJECT_ID,
          (id, step, reviewer, submission, now) -> projects.decideAsGroup(id, step, reviewer, submission, (String) lead, now))
          .map(CollaborationProject.class::cast)
          .ifPresent(project -> {
            execution.setVariable(PROJECT_STATUS, project.statusLabel());
            if (project.lead() != null) {
              execution.setVariable(LEAD_NAME, org.displayName(project.lead()));
            }
          });
    }
  }

  /** The participating departments, initiating one included: each head reviews the plan and the acceptance. */
  @Component("projectDepartments")
  public static class ProjectDepartments {

    private final Projects projects;

    ProjectDepartments(Projects projects) {
      this.projects = projects;
    }

    public List<String> of(DelegateExecution execution) {
      return projects.project((Long) execution.getVariable(PROJECT_ID)).departments().stream().sorted().toList();
    }
  }

  /** 撤回申请: the applicant took the application back before any review (checked by the approval operations). */
  @Component("withdrawProjectApplication")
  static class Withdraw implements JavaDelegate {

    private final Projects projects;
    private final CompanyClock clock;

    Withdraw(Projects projects, CompanyClock clock) {
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
}

package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/**
 * The project lead whoever approves the 立项 appoints: the collaboration group for a cross-department project
 * (OC-4.1.2), the department's head for its own one (CC-3.4).
 */
@Component
class ProjectLeads {

  private final IdentityService identityService;
  private final Organisation org;

  ProjectLeads(IdentityService identityService, Organisation org) {
    this.identityService = identityService;
    this.org = org;
  }

  /** The lead the approving form chose; refused unless it is a person of the organisation. */
  String chosen(DelegateExecution execution) {
    Object lead = execution.getVariable(PROJECT_LEAD);
    if (!(lead instanceof String id) || identityService.createUserQuery().userId(id).count() == 0) {
      throw new SubmissionRefused("同意立项时须从组织中选择项目负责人。");
    }
    return id;
  }

  /** The project's status and lead as the next forms show them. */
  void tell(DelegateExecution execution, CollaborationProject project) {
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
    if (project.lead() != null) {
      execution.setVariable(LEAD_NAME, org.displayName(project.lead()));
    }
  }
}

package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecisions;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/** 跨部门协作管理小组 reviews necessity, feasibility and resources and appoints the lead (OC-4.1.2). */
@Component("recordGroupDecision")
class RecordGroupDecisionListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final Projects projects;
  private final IdentityService identityService;
  private final Organisation org;

  RecordGroupDecisionListener(ReviewDecisions decisions, Projects projects, IdentityService identityService, Organisation org) {
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
    FieldChecks checks = new FieldChecks();
    checks.text(execution.getVariable(ASSESSMENT), TextFields.ASSESSMENT, false);
    checks.refuseIfAny();
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

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
  private final ProjectLeads leads;

  RecordGroupDecisionListener(ReviewDecisions decisions, Projects projects, ProjectLeads leads) {
    this.decisions = decisions;
    this.projects = projects;
    this.leads = leads;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String lead = "APPROVE".equals(execution.getVariable(DECISION)) ? leads.chosen(execution) : null;
    FieldChecks checks = new FieldChecks();
    checks.text(execution.getVariable(ASSESSMENT), TextFields.ASSESSMENT, false);
    checks.refuseIfAny();
    decisions.record(execution, PROJECT_ID,
        (id, step, reviewer, submission, now) -> projects.decideAsGroup(id, step, reviewer, submission, lead, now))
        .ifPresent(project -> leads.tell(execution, (CollaborationProject) project));
  }
}

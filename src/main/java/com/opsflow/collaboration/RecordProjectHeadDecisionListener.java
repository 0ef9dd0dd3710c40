package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecisions;

/**
 * The initiating department's head approves, returns or rejects (OC-4.1.1); for a department's own project, which
 * the collaboration group does not review (CC-3.4), approving appoints the lead.
 */
@Component("recordProjectHeadDecision")
class RecordProjectHeadDecisionListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final Projects projects;
  private final ProjectLeads leads;

  RecordProjectHeadDecisionListener(ReviewDecisions decisions, Projects projects, ProjectLeads leads) {
    this.decisions = decisions;
    this.projects = projects;
    this.leads = leads;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean appoints = Boolean.FALSE.equals(execution.getVariable(GROUP_REVIEW))
        && "APPROVE".equals(execution.getVariable(DECISION));
    String lead = appoints ? leads.chosen(execution) : null;
    decisions.record(execution, PROJECT_ID,
        (id, step, reviewer, submission, now) -> projects.decideAsHead(id, step, reviewer, submission, lead, now))
        .ifPresent(project -> leads.tell(execution, (CollaborationProject) project));
  }
}

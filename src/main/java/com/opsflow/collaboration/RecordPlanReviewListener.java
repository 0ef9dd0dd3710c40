package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.approval.Countersign;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.kernel.SubmissionRefused;

/** One participating head's review of the plan (会签: a return ends the round); the decision stays local to that head's task. */
@Component("recordPlanReview")
class RecordPlanReviewListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordPlanReviewListener(Projects projects, IdentityService identityService, CompanyClock clock) {
    this.projects = projects;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    ReviewSubmission submission = ReviewSubmission.of(execution.getVariable(DECISION), execution.getVariable(DECISION_COMMENT));
    if (submission.decision() == ReviewDecision.REJECT) {
      throw new SubmissionRefused("此环节不能选择“驳回”，只能选择同意或退回修改。");
    }
    projects.reviewPlan((Long) execution.getVariable(PROJECT_ID), (String) execution.getVariable(REVIEWING_DEPARTMENT),
        CurrentUser.of(identityService), submission, clock.now());
    Countersign.count(execution, submission.decision());
  }
}

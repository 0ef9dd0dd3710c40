package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.CompanyClock;
import com.opsflow.approval.CurrentUser;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;

/**
 * On completing any review step: checks the decision, writes it to the plan's trail and to the task's
 * comments, and clears the decision fields so the next reviewer's form starts empty.
 */
@Component("recordPlanDecision")
class RecordPlanDecisionListener implements TaskListener {

  private final PlanReviews reviews;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final CompanyClock clock;

  RecordPlanDecisionListener(PlanReviews reviews, IdentityService identityService,
      TaskService taskService, CompanyClock clock) {
    this.reviews = reviews;
    this.identityService = identityService;
    this.taskService = taskService;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewSubmission submission = ReviewSubmission.of(task.getVariable(DECISION), task.getVariable(DECISION_COMMENT));
    String reviewer = CurrentUser.of(identityService);
    if (reviewer == null) {
      reviewer = task.getAssignee();
    }
    OperationPlan plan = reviews.record((Long) task.getVariable(PLAN_ID), task.getName(), reviewer, submission, clock.now());

    task.setVariable(REVIEW_OUTCOME, submission.decision().name());
    task.setVariable(PLAN_STATUS, plan.status().label());
    task.setVariable(DECISION_HISTORY, PlanHistory.of(plan, clock));
    if (submission.decision() == ReviewDecision.RETURN) {
      task.setVariable(LAST_RETURN_COMMENT, submission.comment());
    }
    task.removeVariable(DECISION);
    task.removeVariable(DECISION_COMMENT);
    taskService.createComment(task.getId(), task.getProcessInstanceId(),
        submission.decision().label() + (submission.comment().isEmpty() ? "" : "：" + submission.comment()));
  }
}

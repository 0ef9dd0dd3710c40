package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.springframework.stereotype.Component;

import com.opsflow.approval.CompanyClock;
import com.opsflow.approval.CurrentUser;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;

/**
 * When a review step ends: checks the decision, writes it to the plan's trail and to the instance's
 * comments, and clears the decision fields so the next reviewer's form starts empty.
 *
 * <p>An execution listener on the step's {@code end}, not a task listener: the engine wraps task
 * listener exceptions into an anonymous 500, while an execution listener's refusal reaches the
 * reviewer as our own message with 400, and still undoes the whole completion.
 */
@Component("recordPlanDecision")
class RecordPlanDecisionListener implements ExecutionListener {

  private final PlanReviews reviews;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final CompanyClock clock;

  RecordPlanDecisionListener(PlanReviews reviews, IdentityService identityService, TaskService taskService,
      CompanyClock clock) {
    this.reviews = reviews;
    this.identityService = identityService;
    this.taskService = taskService;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution instanceof ActivityExecution step && step.isCanceled()) {
      return; // the step was cancelled (instance deleted, migrated …), nobody decided anything
    }
    ReviewSubmission submission = ReviewSubmission.of(execution.getVariable(DECISION), execution.getVariable(DECISION_COMMENT));
    String reviewer = CurrentUser.of(identityService);
    OperationPlan plan = reviews.record((Long) execution.getVariable(PLAN_ID), execution.getCurrentActivityName(),
        reviewer, submission, clock.now());

    execution.setVariable(REVIEW_OUTCOME, submission.decision().name());
    execution.setVariable(PLAN_STATUS, plan.status().label());
    execution.setVariable(DECISION_HISTORY, PlanHistory.of(plan, clock));
    if (submission.decision() == ReviewDecision.RETURN) {
      execution.setVariable(LAST_RETURN_COMMENT, submission.comment());
    }
    execution.removeVariable(DECISION);
    execution.removeVariable(DECISION_COMMENT);
    taskService.createComment(null, execution.getProcessInstanceId(), execution.getCurrentActivityName() + "："
        + submission.decision().label() + (submission.comment().isEmpty() ? "" : "，" + submission.comment()));
  }
}

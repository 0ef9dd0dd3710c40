package com.opsflow.approval;

import static com.opsflow.approval.ReviewVariables.*;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.springframework.stereotype.Component;

/**
 * What happens when any review step ends, in any process: the decision is checked, written to the
 * record's trail and to the instance's comments, and the decision fields are cleared so the next
 * reviewer's form starts empty.
 *
 * <p>Called from an execution listener on the step's {@code end}, not a task listener: the engine wraps
 * task listener exceptions into an anonymous 500, while an execution listener's refusal reaches the
 * reviewer as our own message with 400, and still undoes the whole completion.
 */
@Component
public class ReviewDecisions {

  private final IdentityService identityService;
  private final TaskService taskService;
  private final CompanyClock clock;

  ReviewDecisions(IdentityService identityService, TaskService taskService, CompanyClock clock) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.clock = clock;
  }

  /**
   * @param recordIdVariable the variable holding the reviewed record's id
   * @return the record after the decision; empty when the step was cancelled rather than decided
   */
  public Optional<Reviewed> record(DelegateExecution execution, String recordIdVariable, ReviewedRecords records) {
    return record(execution, recordIdVariable, records, EnumSet.allOf(ReviewDecision.class));
  }

  /** As above, for a step where only some decisions are open to the reviewer (e.g. a report is not rejected). */
  public Optional<Reviewed> record(DelegateExecution execution, String recordIdVariable, ReviewedRecords records,
      Set<ReviewDecision> allowed) {
    if (execution instanceof ActivityExecution step && step.isCanceled()) {
      return Optional.empty(); // instance deleted, migrated …: nobody decided anything
    }
    ReviewSubmission submission = ReviewSubmission.of(execution.getVariable(DECISION), execution.getVariable(DECISION_COMMENT));
    if (!allowed.contains(submission.decision())) {
      throw new SubmissionRefused("此环节不能选择“" + submission.decision().label() + "”，只能选择"
          + String.join("或", allowed.stream().sorted().map(ReviewDecision::label).toList()) + "。");
    }
    String stepName = execution.getCurrentActivityName();
    Reviewed reviewed = records.recordDecision((Long) execution.getVariable(recordIdVariable), stepName,
        CurrentUser.of(identityService), submission, clock.now());

    execution.setVariable(REVIEW_OUTCOME, submission.decision().name());
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(reviewed.trail(), clock));
    if (submission.decision() == ReviewDecision.RETURN) {
      execution.setVariable(LAST_RETURN_COMMENT, submission.comment());
    }
    execution.removeVariable(DECISION);
    execution.removeVariable(DECISION_COMMENT);
    taskService.createComment(null, execution.getProcessInstanceId(), stepName + "："
        + submission.decision().label() + (submission.comment().isEmpty() ? "" : "，" + submission.comment()));
    return Optional.of(reviewed);
  }
}

package com.opsflow.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.Steps;

/**
 * 会签/或签 on a review step without a business record of its own: checks each reviewer's decision and
 * counts it for the round's completion condition. An end listener bean, so that a refusal reaches the
 * reviewer as our message (an expression listener's would be wrapped into a 500).
 */
@Component("recordCountersignVote")
class CountersignVote implements ExecutionListener {

  @Override
  public void notify(DelegateExecution review) {
    if (Steps.cancelled(review)) {
      return; // the round ended before this reviewer decided
    }
    Countersign.count(review, ReviewSubmission.of(review.getVariable(ReviewVariables.DECISION),
        review.getVariable(ReviewVariables.DECISION_COMMENT)).decision());
  }
}

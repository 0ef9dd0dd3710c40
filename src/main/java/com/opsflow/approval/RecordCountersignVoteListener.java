package com.opsflow.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.StepCompletion;

/**
 * 会签/或签 on a review step without a business record of its own: checks each reviewer's decision and
 * counts it for the round's completion condition. An end listener bean, so that a refusal reaches the
 * reviewer as our message (an expression listener's would be wrapped into a 500); nothing is counted for a
 * reviewer whose step the round ended before they decided.
 */
@Component("recordCountersignVote")
class RecordCountersignVoteListener extends StepCompletion {

  @Override
  protected void completed(DelegateExecution review) {
    Countersign.count(review, ReviewSubmission.of(review.getVariable(ReviewVariables.DECISION),
        review.getVariable(ReviewVariables.DECISION_COMMENT)).decision());
  }
}

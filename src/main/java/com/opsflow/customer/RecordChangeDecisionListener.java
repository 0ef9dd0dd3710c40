package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecisions;

/** A change request's review steps (TC-4.2.2): the decision goes to the case's trail (see {@link ReviewDecisions}). */
@Component("recordChangeDecision")
class RecordChangeDecisionListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final CaseBook book;

  RecordChangeDecisionListener(ReviewDecisions decisions, CaseBook book) {
    this.decisions = decisions;
    this.book = book;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, CASE_ID, book).ifPresent(reviewed -> execution.setVariable(CASE_STATUS, reviewed.statusLabel()));
  }
}

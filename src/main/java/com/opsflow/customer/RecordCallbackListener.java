package com.opsflow.customer;

import static com.opsflow.customer.CustomerCallbackProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCallbackProcess.TextFields;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;

/**
 * 客户回访 (CC-3.2.4): the customer's opinion goes to the case; what the customer raises becomes a new case, linked to
 * the old one, recorded by the caller as any contact is.
 */
@Component("recordCallback")
class RecordCallbackListener extends StepCompletion {

  private final CaseBook book;
  private final CaseIntakes intakes;
  private final IdentityService identityService;

  RecordCallbackListener(CaseBook book, CaseIntakes intakes, IdentityService identityService) {
    this.book = book;
    this.intakes = intakes;
    this.identityService = identityService;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String opinion = checks.text(execution.getVariable(OPINION), TextFields.OPINION, true);
    Object raises = execution.getVariable(RAISES_NEW_ISSUE);
    if (raises != null && !(raises instanceof Boolean)) {
      checks.add("“客户提出了新的问题”只能勾选或不勾选");
    }
    boolean newIssue = Boolean.TRUE.equals(raises);
    String description = checks.text(execution.getVariable(NEW_ISSUE_DESCRIPTION), TextFields.NEW_ISSUE_DESCRIPTION, newIssue);
    checks.refuseIfAny();
    long caseId = (Long) execution.getVariable(CALLBACK_CASE_ID);
    String caller = CurrentUser.of(identityService);
    CustomerCase called = book.calledBack(caseId, opinion, caller);
    if (newIssue) {
      intakes.raisedInCallback(called, execution.getVariable(NEW_ISSUE_CATEGORY), execution.getVariable(NEW_ISSUE_SEVERITY),
          description);
    }
  }
}

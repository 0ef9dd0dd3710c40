package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecision;
import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;

/** 告知客户变更方案 (TC-4.2.2): the project contact tells the customer the approved solution, or the refusal. */
@Component("recordChangeCommunication")
class RecordChangeCommunicationListener extends CaseStepListener {

  RecordChangeCommunicationListener(CaseBook book, IdentityService identityService) {
    super(book, identityService);
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String reply = checks.text(execution.getVariable(CUSTOMER_REPLY), TextFields.CUSTOMER_REPLY, true);
    checks.refuseIfAny();
    long caseId = caseId(execution);
    if (ReviewDecision.APPROVE.name().equals(execution.getVariable(REVIEW_OUTCOME))) {
      book.changeApproved(caseId);
    }
    show(execution, book.changeCommunicated(caseId, reply, actor()));
  }
}

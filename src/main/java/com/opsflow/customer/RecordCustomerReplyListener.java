package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;

/** 答复客户 (CC-3.2.2, CC-3.2.3): what 客服部 told the customer; an answered enquiry or suggestion is closed with it. */
@Component("recordCustomerReply")
class RecordCustomerReplyListener extends CaseStepListener {

  RecordCustomerReplyListener(CaseBook book, IdentityService identityService) {
    super(book, identityService);
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String reply = checks.text(execution.getVariable(CUSTOMER_REPLY), TextFields.CUSTOMER_REPLY, true);
    checks.refuseIfAny();
    show(execution, book.replied(caseId(execution), reply, actor()));
  }
}

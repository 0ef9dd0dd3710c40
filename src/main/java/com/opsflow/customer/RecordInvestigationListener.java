package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;

/** 安抚与调查核实 (CC-3.2.3 / TC-4.2.3): the customer calmed, the details recorded, the facts verified. */
@Component("recordInvestigation")
class RecordInvestigationListener extends CaseStepListener {

  RecordInvestigationListener(CaseBook book, IdentityService identityService) {
    super(book, identityService);
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String details = checks.text(execution.getVariable(COMPLAINT_DETAILS), TextFields.COMPLAINT_DETAILS, true);
    String investigation = checks.text(execution.getVariable(INVESTIGATION), TextFields.INVESTIGATION, true);
    checks.refuseIfAny();
    show(execution, book.investigated(caseId(execution), details, investigation, actor()));
  }
}

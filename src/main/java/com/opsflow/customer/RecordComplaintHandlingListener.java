package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;

/** 责任部门处理 (CC-3.2.3): the department's result; after the time limit it counts as late (TC-6.2). */
@Component("recordComplaintHandling")
class RecordComplaintHandlingListener extends CaseStepListener {

  RecordComplaintHandlingListener(CaseBook book, IdentityService identityService) {
    super(book, identityService);
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String result = checks.text(execution.getVariable(HANDLING_RESULT), TextFields.HANDLING_RESULT, true);
    checks.refuseIfAny();
    show(execution, book.handled(caseId(execution), result, actor()));
  }
}

package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;

/** 部门解答 (CC-3.2.2): the department that knows answers; 客服部 passes it on to the customer. */
@Component("recordDepartmentAnswer")
class RecordDepartmentAnswerListener extends CaseStepListener {

  RecordDepartmentAnswerListener(CaseBook book, IdentityService identityService) {
    super(book, identityService);
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String answer = checks.text(execution.getVariable(DEPARTMENT_ANSWER), TextFields.DEPARTMENT_ANSWER, true);
    checks.refuseIfAny();
    show(execution, book.answeredByDepartment(caseId(execution), answer, actor()));
  }
}

package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.StepCompletion;

/** A step of a customer case that someone worked: what they entered goes to the case, and the next form sees it. */
abstract class CaseStepListener extends StepCompletion {

  protected final CaseBook book;
  private final IdentityService identityService;

  CaseStepListener(CaseBook book, IdentityService identityService) {
    this.book = book;
    this.identityService = identityService;
  }

  protected long caseId(DelegateExecution execution) {
    return (Long) execution.getVariable(CASE_ID);
  }

  protected String actor() {
    return CurrentUser.of(identityService);
  }

  /** What every form of the case shows in its heading. */
  static void show(DelegateExecution execution, CustomerCase customerCase) {
    execution.setVariable(CASE_STATUS, customerCase.statusLabel());
    execution.setVariable(CASE_ROUND, customerCase.round());
    execution.setVariable(RESPONSIBLE_DEPARTMENT, customerCase.responsibleDepartment());
    execution.setVariable(RESPONSIBLE_DEPARTMENT_NAME, customerCase.responsibleDepartmentName());
  }
}

package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;

/** 案例分析 (CC-3.2.3): what the case teaches and the improvement measures; the case is closed with it. */
@Component("recordCaseAnalysis")
class RecordCaseAnalysisListener extends CaseStepListener {

  RecordCaseAnalysisListener(CaseBook book, IdentityService identityService) {
    super(book, identityService);
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String analysis = checks.text(execution.getVariable(ANALYSIS), TextFields.ANALYSIS, true);
    String improvements = checks.text(execution.getVariable(IMPROVEMENTS), TextFields.IMPROVEMENTS, true);
    Object atFault = execution.getVariable(DEPARTMENT_AT_FAULT);
    if (atFault != null && !(atFault instanceof Boolean)) {
      checks.add("“责任在责任部门”只能勾选或不勾选");
    }
    checks.refuseIfAny();
    show(execution, book.analysed(caseId(execution), analysis, improvements, Boolean.TRUE.equals(atFault), actor()));
  }
}

package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;

/**
 * 案例分析 (CC-3.2.3): what the case teaches and the improvement measures; the case is closed with it, and where the
 * department must change how it works, its rectification is started and tracked as an audit finding's is (SV-3.4).
 */
@Component("recordCaseAnalysis")
class RecordCaseAnalysisListener extends CaseStepListener {

  private final CaseRectifications rectifications;

  RecordCaseAnalysisListener(CaseBook book, IdentityService identityService, CaseRectifications rectifications) {
    super(book, identityService);
    this.rectifications = rectifications;
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
    Object rectify = execution.getVariable(NEEDS_RECTIFICATION);
    if (rectify != null && !(rectify instanceof Boolean)) {
      checks.add("“需要责任部门整改”只能勾选或不勾选");
    }
    boolean needsRectification = Boolean.TRUE.equals(rectify);
    String requirement = checks.text(execution.getVariable(RECTIFICATION_REQUIREMENT), TextFields.RECTIFICATION_REQUIREMENT,
        needsRectification);
    checks.refuseIfAny();
    String analyst = actor();
    CustomerCase analysed = book.analysed(caseId(execution), analysis, improvements, Boolean.TRUE.equals(atFault), analyst);
    if (needsRectification) {
      analysed = book.rectificationStarted(analysed.id(), rectifications.start(analysed, requirement, analyst), analyst);
    }
    show(execution, analysed);
  }
}

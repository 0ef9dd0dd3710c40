package com.opsflow.risk;

import static com.opsflow.risk.RiskAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.StepCompletion;

/**
 * When 识别与评估风险 ends: the risks are checked, each gets its level from the risk matrix (OM-5.1), and the
 * department's report of the round is recorded (its number becomes the business key). A refusal keeps the task open.
 */
@Component("recordRiskIdentification")
class RecordRiskIdentificationListener extends StepCompletion {

  private final RiskRegister register;
  private final RiskMatrix matrix;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordRiskIdentificationListener(RiskRegister register, RiskMatrix matrix, IdentityService identityService,
      CompanyClock clock) {
    this.register = register;
    this.matrix = matrix;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String department = (String) execution.getVariable(DEPARTMENT);
    RiskReport report = register.identify((Long) execution.getVariable(REPORT_ID), department,
        (String) execution.getVariable(ROUND), CurrentUser.of(identityService),
        IdentifiedRisks.from(execution.getVariable(RISKS), register.openRiskIdsOf(department), matrix),
        execution.getProcessInstanceId(), clock.now());
    execution.setProcessBusinessKey(report.number());
    execution.setVariable(REPORT_ID, report.id());
    execution.setVariable(REPORT_NUMBER, report.number());
    execution.setVariable(REPORT_STATUS, report.statusLabel());
    execution.setVariable(RISKS_VIEW, RiskViews.items(report.items()));
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(report.trail(), clock));
  }
}

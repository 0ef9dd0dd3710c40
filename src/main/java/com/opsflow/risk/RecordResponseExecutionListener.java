package com.opsflow.risk;

import static com.opsflow.risk.RiskResponseProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.organisation.Organisation;
import com.opsflow.risk.RiskResponseProcess.TextFields;

/** 报告应对执行情况 (OM-5.2): the 责任人 says what was done; 运营部 checks it. */
@Component("recordResponseExecution")
class RecordResponseExecutionListener extends StepCompletion {

  private final RiskResponsePlans responses;
  private final Organisation org;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordResponseExecutionListener(RiskResponsePlans responses, Organisation org, IdentityService identityService,
      CompanyClock clock) {
    this.responses = responses;
    this.org = org;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String report = checks.text(execution.getVariable(EXECUTION_REPORT), TextFields.EXECUTION_REPORT, true);
    checks.refuseIfAny();
    RiskResponse response = responses.report((Long) execution.getVariable(RESPONSE_ID), report,
        CurrentUser.required(identityService), clock.now());
    execution.setVariables(ResponseViews.of(response, responses.riskOf(response), org));
  }
}

package com.opsflow.risk.warning;

import static com.opsflow.risk.warning.RiskWarningProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.organisation.Organisation;
import com.opsflow.risk.warning.RiskWarningProcess.TextFields;

/** 原因分析与应对措施 (OM-5.3): the department says why the value went past its threshold and what it does about it. */
@Component("recordWarningResponse")
class RecordWarningResponseListener extends StepCompletion {

  private final Warnings warnings;
  private final Organisation org;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordWarningResponseListener(Warnings warnings, Organisation org, IdentityService identityService,
      CompanyClock clock) {
    this.warnings = warnings;
    this.org = org;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String cause = checks.text(execution.getVariable(CAUSE), TextFields.CAUSE, true);
    String measures = checks.text(execution.getVariable(MEASURES), TextFields.MEASURES, true);
    checks.refuseIfAny();
    RiskWarning warning = warnings.respond((Long) execution.getVariable(WARNING_ID), cause, measures,
        CurrentUser.required(identityService), clock.now());
    execution.setVariables(WarningViews.of(warning, org));
  }
}

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

/** 管理层批示 on a supervisor's warning: the department answers it (交部门应对), or 管理层 takes note (知悉). */
@Component("recordWarningInstruction")
class RecordWarningInstructionListener extends StepCompletion {

  static final String RESPOND = "RESPOND";
  static final String NOTE = "NOTE";

  private final Warnings warnings;
  private final Organisation org;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordWarningInstructionListener(Warnings warnings, Organisation org, IdentityService identityService,
      CompanyClock clock) {
    this.warnings = warnings;
    this.org = org;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    Object instruction = execution.getVariable(INSTRUCTION);
    if (!RESPOND.equals(instruction) && !NOTE.equals(instruction)) {
      checks.add("请选择批示：交部门应对或知悉。");
    }
    String comment = checks.text(execution.getVariable(INSTRUCTION_COMMENT), TextFields.INSTRUCTION_COMMENT,
        RESPOND.equals(instruction));
    checks.refuseIfAny();
    RiskWarning warning = warnings.instruct((Long) execution.getVariable(WARNING_ID), RESPOND.equals(instruction),
        comment, CurrentUser.required(identityService), clock.now());
    execution.setVariables(WarningViews.of(warning, org));
  }
}

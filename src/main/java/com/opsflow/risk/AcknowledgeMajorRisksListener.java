package com.opsflow.risk;

import static com.opsflow.risk.RiskAssessmentProcess.Variables.*;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.risk.RiskAssessmentProcess.TextFields;

/** 管理层确认重大风险 (OM-5.1): a member of 管理层 takes note of the round's 重大 risks, with a remark if any. */
@Component("acknowledgeMajorRisks")
class AcknowledgeMajorRisksListener extends StepCompletion {

  private final RiskRegister register;
  private final IdentityService identityService;

  AcknowledgeMajorRisksListener(RiskRegister register, IdentityService identityService) {
    this.register = register;
    this.identityService = identityService;
  }

  @Override
  @SuppressWarnings("unchecked")
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    checks.text(execution.getVariable(ACKNOWLEDGEMENT), TextFields.ACKNOWLEDGEMENT, false);
    checks.refuseIfAny();
    register.acknowledge((List<Long>) execution.getVariable(MAJOR_RISK_IDS), CurrentUser.of(identityService));
  }
}

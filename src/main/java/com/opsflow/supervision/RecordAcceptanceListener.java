package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.approval.AcceptanceVerdict;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.supervision.FindingRectificationProcess.TextFields;

/** 整改验收: passed closes the finding; not passed starts the next round with the reasons, or escalates. */
@Component("recordAcceptance")
class RecordAcceptanceListener extends StepCompletion {

  private final Rectifications rectifications;
  private final IdentityService identityService;
  private final SupervisionRules rules;
  private final CompanyClock clock;

  RecordAcceptanceListener(Rectifications rectifications, IdentityService identityService, SupervisionRules rules,
      CompanyClock clock) {
    this.rectifications = rectifications;
    this.identityService = identityService;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    boolean passed = AcceptanceVerdict.submitted(execution.getVariable(ACCEPTANCE)).passed();
    FieldChecks checks = new FieldChecks();
    String comment = checks.text(execution.getVariable(ACCEPTANCE_COMMENT), TextFields.ACCEPTANCE_COMMENT, !passed);
    checks.refuseIfAny();
    AuditFinding finding = rectifications.accept((Long) execution.getVariable(FINDING_ID), passed, comment,
        CurrentUser.of(identityService), clock.now());
    execution.removeVariable(ACCEPTANCE_COMMENT);
    execution.setVariable(ROUND, finding.rounds());
    if (!passed) {
      int failed = finding.rounds() - 1;
      execution.setVariable(LAST_REJECTION, "第 " + failed + " 轮验收未通过：" + comment);
      execution.setVariable(TOO_MANY_ROUNDS, failed > rules.getMaxFailedRounds());
      execution.setVariable(ESCALATION_REASON, "整改已有 " + failed + " 轮验收未通过");
      execution.setVariable(ROUND_HAS_PLAN, false);
    }
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.supervision.SupervisionAuditProcess.TextFields;

/** 总结评估: lessons, effect before and after, proposals, and training needs one per line (SV-3.5, SV-5). */
@Component("recordSummary")
class RecordSummaryListener extends StepCompletion {

  private final AuditPlans plans;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordSummaryListener(AuditPlans plans, IdentityService identityService, CompanyClock clock) {
    this.plans = plans;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String lessons = checks.text(execution.getVariable(SUMMARY_LESSONS), TextFields.SUMMARY_LESSONS, true);
    String effect = checks.text(execution.getVariable(SUMMARY_EFFECT), TextFields.SUMMARY_EFFECT, true);
    String proposals = checks.text(execution.getVariable(SUMMARY_PROPOSALS), TextFields.SUMMARY_PROPOSALS, true);
    String training = checks.text(execution.getVariable(TRAINING_NEEDS), TextFields.TRAINING_NEEDS, false);
    checks.refuseIfAny();
    List<String> needs = training == null ? List.of()
        : Arrays.stream(training.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    SupervisionAudit audit = plans.close((Long) execution.getVariable(AUDIT_ID),
        "经验教训：" + lessons + "\n督导效果：" + effect + "\n改进建议：" + proposals, needs,
        CurrentUser.of(identityService), clock.now());
    execution.setVariable(AUDIT_STATUS, audit.statusLabel());
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.supervision.FindingRectificationProcess.TextFields;

/** 报告整改进度 (SV-3.4.2): the department's report is kept, and the supervisor reviews this one. */
@Component("recordRectificationProgress")
class RecordRectificationProgressListener extends StepCompletion {

  private final RectificationProgressReports reports;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordRectificationProgressListener(RectificationProgressReports reports, IdentityService identityService,
      CompanyClock clock) {
    this.reports = reports;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String progress = checks.text(execution.getVariable(PROGRESS), TextFields.PROGRESS, true);
    String difficulties = checks.text(execution.getVariable(DIFFICULTIES), TextFields.DIFFICULTIES, false);
    Object help = execution.getVariable(HELP_NEEDED);
    if (help != null && !(help instanceof Boolean)) {
      checks.add("“需要督导协助协调”只能勾选或不勾选");
    }
    checks.refuseIfAny();
    boolean helpNeeded = Boolean.TRUE.equals(help);
    if (helpNeeded && (difficulties == null || difficulties.isBlank())) {
      throw new SubmissionRefused("请求协助时请写明遇到的困难。");
    }
    RectificationProgress report = reports.save(new RectificationProgress((Long) execution.getVariable(FINDING_ID),
        CurrentUser.of(identityService), progress, difficulties, helpNeeded, clock.now()));
    // on this report's own scope: a late report and the next week's may be open side by side
    execution.setVariableLocal(PROGRESS_REPORT_ID, report.id());
  }
}

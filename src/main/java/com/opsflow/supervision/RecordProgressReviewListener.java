package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;
import com.opsflow.supervision.FindingRectificationProcess.TextFields;

/**
 * 审阅整改进度 (SV-3.4.3): the supervisor's review — and the help asked for — is kept with the report and mailed to
 * whoever reported; the report's fields are cleared so the next report starts empty.
 */
@Component("recordProgressReview")
class RecordProgressReviewListener extends StepCompletion {

  private final RectificationProgressReports reports;
  private final IdentityService identityService;
  private final Notifier notifier;
  private final Organisation org;
  private final CompanyClock clock;

  RecordProgressReviewListener(RectificationProgressReports reports, IdentityService identityService, Notifier notifier,
      Organisation org, CompanyClock clock) {
    this.reports = reports;
    this.identityService = identityService;
    this.notifier = notifier;
    this.org = org;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String review = checks.text(execution.getVariable(PROGRESS_REVIEW), TextFields.PROGRESS_REVIEW, true);
    checks.refuseIfAny();
    String supervisor = CurrentUser.of(identityService);
    RectificationProgress report = reports.reviewed((Long) execution.getVariable(PROGRESS_REPORT_ID), supervisor, review,
        clock.now());
    String what = execution.getVariable(AUDIT_NUMBER) + " · " + execution.getVariable(FINDING_TITLE);
    notifier.send("progress-review:" + report.id(), List.of(report.reportedBy()), "【整改进度审阅】" + what,
        org.displayName(supervisor) + "审阅了您报告的整改进度" + (report.helpNeeded() ? "，并对您请求协助的困难给出意见" : "")
            + "：\n" + review);
    for (String field : List.of(PROGRESS, DIFFICULTIES, HELP_NEEDED, PROGRESS_REVIEW)) {
      execution.removeVariable(field);
    }
  }
}

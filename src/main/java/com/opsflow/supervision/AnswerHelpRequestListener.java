package com.opsflow.supervision;

import static com.opsflow.supervision.RectificationHelpProcess.Variables.*;

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
import com.opsflow.supervision.RectificationHelpProcess.TextFields;

/** 协调解决 (SV-3.4.3): the supervisor's coordination and its outcome, kept with the request and mailed to the department. */
@Component("answerHelpRequest")
class AnswerHelpRequestListener extends StepCompletion {

  private final RectificationProgressReports reports;
  private final IdentityService identityService;
  private final Notifier notifier;
  private final Organisation org;
  private final CompanyClock clock;

  AnswerHelpRequestListener(RectificationProgressReports reports, IdentityService identityService, Notifier notifier,
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
    String answer = checks.text(execution.getVariable(ANSWER), TextFields.ANSWER, true);
    checks.refuseIfAny();
    String supervisor = CurrentUser.required(identityService);
    RectificationProgress request = reports.reviewed((Long) execution.getVariable(REQUEST_ID), supervisor, answer, clock.now());
    notifier.send("help-answer:" + request.id(), List.of(request.reportedBy()), "【整改求助已协调】" + execution.getVariable(FINDING_TITLE),
        org.displayName(supervisor) + "就您提出的整改困难给出协调结果：\n" + answer);
  }
}

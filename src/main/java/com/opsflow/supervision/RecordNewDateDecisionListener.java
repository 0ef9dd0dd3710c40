package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionProgrammeProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.Steps;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;
import com.opsflow.supervision.SupervisionProgrammeProcess.TextFields;

/**
 * When 确认改期 ends: a supervisor of the audit takes the department's proposed day, or keeps the planned one and says
 * why; the head learns the day by mail.
 */
@Component("recordNewDateDecision")
class RecordNewDateDecisionListener implements ExecutionListener {

  private final Programmes programmes;
  private final PlannedAuditSteps steps;
  private final IdentityService identityService;
  private final Organisation org;
  private final Notifier notifier;
  private final CompanyClock clock;

  RecordNewDateDecisionListener(Programmes programmes, PlannedAuditSteps steps, IdentityService identityService,
      Organisation org, Notifier notifier, CompanyClock clock) {
    this.programmes = programmes;
    this.steps = steps;
    this.identityService = identityService;
    this.org = org;
    this.notifier = notifier;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (Steps.cancelled(execution)) {
      return;
    }
    Object decision = execution.getVariable(NEW_DATE_DECISION);
    if (!"ACCEPT".equals(decision) && !"KEEP".equals(decision)) {
      throw new SubmissionRefused("请选择“同意改期”或“维持原定日期”。");
    }
    boolean accepted = "ACCEPT".equals(decision);
    FieldChecks checks = new FieldChecks();
    String comment = checks.text(execution.getVariable(NEW_DATE_COMMENT), TextFields.NEW_DATE_COMMENT, !accepted);
    checks.refuseIfAny();
    int no = steps.number(execution);
    SupervisionProgramme planned = steps.programme(execution);
    String supervisor = CurrentUser.of(identityService);
    steps.refuseUnlessSupervisor(planned.audit(no), supervisor);
    SupervisionProgramme programme = programmes.proposalDecided(planned.id(), no, supervisor, accepted, comment,
        clock.now());
    PlannedAudit audit = programme.audit(no);
    String departmentName = org.departmentName(audit.department());
    notifier.send("supervision-date:" + programme.number() + ":" + no, org.membersOf(org.headGroupOf(audit.department())),
        "【督导日期】" + departmentName + "的现场督导定于 " + audit.onSiteDate(),
        accepted ? "督导人员同意了您提议的日期：" + programme.title() + "对" + departmentName + "的现场督导改于 "
            + audit.onSiteDate() + " 进行。" + (comment == null ? "" : "\n说明：" + comment)
            : "督导人员维持原定日期：" + programme.title() + "对" + departmentName + "的现场督导仍于 " + audit.onSiteDate()
                + " 进行。\n说明：" + comment);
  }
}

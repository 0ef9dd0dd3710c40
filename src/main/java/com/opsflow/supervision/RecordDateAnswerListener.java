package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionProgrammeProcess.Variables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.Steps;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.plan.PlanPeriod;
import com.opsflow.supervision.SupervisionProgrammeProcess.TextFields;

/**
 * When 确认督导日期 ends: the head confirms the planned day, or proposes another one in the programme's period with a
 * reason; the supervisors then decide on the proposal. Refused answers keep the task open. {@code dateProposed} is
 * declared by the planned audit's sub-process, so each planned audit keeps its own answer.
 */
@Component("recordDateAnswer")
class RecordDateAnswerListener implements ExecutionListener {

  private final Programmes programmes;
  private final PlannedAuditSteps steps;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordDateAnswerListener(Programmes programmes, PlannedAuditSteps steps, IdentityService identityService,
      CompanyClock clock) {
    this.programmes = programmes;
    this.steps = steps;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (Steps.cancelled(execution)) {
      return;
    }
    SupervisionProgramme programme = steps.programme(execution);
    long programmeId = programme.id();
    int no = steps.number(execution);
    PlannedAudit audit = programme.audit(no);
    String head = CurrentUser.of(identityService);
    steps.refuseUnlessHead(audit, head);
    Object answer = execution.getVariable(DATE_ANSWER);
    if ("CONFIRM".equals(answer)) {
      programmes.confirmed(programmeId, no, head, clock.now());
      execution.setVariable(DATE_PROPOSED, false);
      return;
    }
    if (!"PROPOSE".equals(answer)) {
      throw new SubmissionRefused("请选择“确认督导日期”或“提议其他日期”。");
    }
    PlanPeriod period = programme.period();
    FieldChecks checks = new FieldChecks();
    LocalDate date = checks.date(execution.getVariable(PROPOSED_DATE), "提议的督导日期");
    if (date != null && !date.isAfter(clock.today())) {
      checks.add("提议的督导日期须晚于今天（" + clock.today() + "）");
    } else if (date != null && date.equals(audit.plannedDate())) {
      checks.add("提议的督导日期与原定日期相同；日期合适请选择“确认督导日期”");
    } else if (date != null && (date.isBefore(period.start()) || date.isAfter(period.end()))) {
      checks.add("提议的督导日期须在督导工作计划的期间（" + period.start() + " 至 " + period.end() + "）内");
    }
    String reason = checks.text(execution.getVariable(ANSWER_REASON), TextFields.ANSWER_REASON, true);
    checks.refuseIfAny();
    programmes.proposed(programmeId, no, head, date, reason, clock.now());
    execution.setVariable(DATE_PROPOSED, true);
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.DEADLINE_AT;
import static com.opsflow.supervision.FindingRectificationProcess.Variables.REMIND_AT;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import com.opsflow.kernel.CompanyClock;

/**
 * The timers of a rectification round's deadline: it falls the morning after the last day, in the company's
 * time zone, and the reminder goes out the configured period before (SV-3.4).
 */
final class RectificationSchedule {

  private RectificationSchedule() {
  }

  static void set(DelegateExecution execution, LocalDate lastDay, CompanyClock clock, SupervisionRules rules) {
    Date deadline = Date.from(lastDay.plusDays(1).atStartOfDay(clock.zone()).toInstant());
    execution.setVariable(DEADLINE_AT, deadline);
    execution.setVariable(REMIND_AT, Date.from(deadline.toInstant().minus(rules.getReminderBeforeDeadline())));
  }
}

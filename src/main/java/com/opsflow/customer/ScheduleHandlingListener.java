package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/**
 * After 确定处理时限: the time case-deadlines.dmn gives this category and severity (e.g. P3D) becomes the
 * responsible department's due date, on its task and in the case (TC-4.2.3 规定时间).
 */
@Component("scheduleHandling")
class ScheduleHandlingListener implements ExecutionListener {

  private final CaseBook book;
  private final CompanyClock clock;

  ScheduleHandlingListener(CaseBook book, CompanyClock clock) {
    this.book = book;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object time = execution.getVariable(HANDLING_TIME);
    Duration duration;
    try {
      duration = Duration.parse(String.valueOf(time));
    } catch (DateTimeParseException unreadable) {
      throw new IllegalStateException(CustomerCaseProcess.DEADLINES_DECISION + " gives '" + time
          + "', which is not an ISO-8601 duration such as P3D", unreadable);
    }
    Instant due = clock.now().plus(duration);
    execution.setVariable(HANDLING_DUE, Date.from(due));
    book.handlingDue((Long) execution.getVariable(CASE_ID), due);
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionProgrammeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FormValues;

/**
 * 开始编制督导工作计划: the period the start form chose is checked at once (a wrong year is refused before anything is
 * drafted), and the draft form gets the departments and supervisors to choose from.
 */
@Component("openSupervisionProgramme")
class OpenSupervisionProgrammeDelegate implements JavaDelegate {

  private final SupervisionOptions options;
  private final CompanyClock clock;

  OpenSupervisionProgrammeDelegate(SupervisionOptions options, CompanyClock clock) {
    this.options = options;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(PERIOD_LABEL, ProgrammeDraft.period(execution.getVariables(), clock.today().getYear()).label());
    execution.setVariable(DEPARTMENT_OPTIONS, FormValues.options(options.departments()));
    execution.setVariable(SUPERVISOR_OPTIONS, FormValues.options(options.supervisors()));
  }
}

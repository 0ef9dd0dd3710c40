package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;

/** 准备督导计划: the departments and supervisors the plan form offers, from the organisation as it is today. */
@Component("prepareSupervisionPlan")
class PrepareSupervisionPlanDelegate implements JavaDelegate {

  private final SupervisionOptions options;

  PrepareSupervisionPlanDelegate(SupervisionOptions options) {
    this.options = options;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(DEPARTMENT_OPTIONS, FormValues.options(options.departments()));
    execution.setVariable(SUPERVISOR_OPTIONS, FormValues.options(options.supervisors()));
  }
}

package com.opsflow.risk.warning;

import static com.opsflow.risk.warning.RiskWarningProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/** 关闭预警: answered and checked, or taken note of by 管理层; its indicator may raise a new warning from now on. */
@Component("closeWarning")
class CloseWarningDelegate implements JavaDelegate {

  private final Warnings warnings;
  private final CompanyClock clock;

  CloseWarningDelegate(Warnings warnings, CompanyClock clock) {
    this.warnings = warnings;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(STATUS, warnings.close((Long) execution.getVariable(WARNING_ID), clock.now()).statusLabel());
  }
}

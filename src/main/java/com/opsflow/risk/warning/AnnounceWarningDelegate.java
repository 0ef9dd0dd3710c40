package com.opsflow.risk.warning;

import static com.opsflow.risk.warning.RiskWarningProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.organisation.Organisation;

/** 发出预警: an indicator's warning goes to its department; a 报警 also to 管理层. */
@Component("announceWarning")
class AnnounceWarningDelegate implements JavaDelegate {

  private final Warnings warnings;
  private final AlarmNotices alarms;
  private final Organisation org;

  AnnounceWarningDelegate(Warnings warnings, AlarmNotices alarms, Organisation org) {
    this.warnings = warnings;
    this.alarms = alarms;
    this.org = org;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RiskWarning warning = warnings.startedAs((Long) execution.getVariable(WARNING_ID), execution.getProcessInstanceId());
    execution.setVariables(WarningViews.of(warning, org));
    if (warning.level() == WarningLevel.ALARM) {
      alarms.tell(execution, warning);
    }
  }
}

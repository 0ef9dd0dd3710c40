package com.opsflow.risk.warning;

import static com.opsflow.risk.warning.RiskWarningProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 报警通报管理层: an open 预警 whose indicator went on to its alarm value now goes to 管理层 as well. */
@Component("reportAlarm")
class ReportAlarmDelegate implements JavaDelegate {

  private final Warnings warnings;
  private final AlarmNotices alarms;

  ReportAlarmDelegate(Warnings warnings, AlarmNotices alarms) {
    this.warnings = warnings;
    this.alarms = alarms;
  }

  @Override
  public void execute(DelegateExecution execution) {
    alarms.tell(execution, warnings.warning((Long) execution.getVariable(WARNING_ID)));
  }
}

package com.opsflow.datareport;

import static com.opsflow.datareport.DataReportProcess.Variables.*;

import java.time.YearMonth;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/**
 * 开启数据报送: the round reports the month before the one it opens in (OC-2.3.1: monthly by default);
 * {@code ${openDataRound.departments()}} — the departments with indicators — is the multi-instance collection.
 */
@Component("openDataRound")
public class OpenDataRoundDelegate implements JavaDelegate {

  private final DataReporting reporting;
  private final CompanyClock clock;

  OpenDataRoundDelegate(DataReporting reporting, CompanyClock clock) {
    this.reporting = reporting;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String period = YearMonth.from(clock.today()).minusMonths(1).toString();
    DataReport report = reporting.open(period, execution.getProcessInstanceId(), clock.now());
    execution.setProcessBusinessKey(report.number());
    execution.setVariable(PERIOD, period);
    execution.setVariable(REPORT_ID, report.id());
    execution.setVariable(REPORT_NUMBER, report.number());
    execution.setVariable(REPORT_STATUS, report.status().label());
  }

  public List<String> departments() {
    return reporting.departments();
  }
}

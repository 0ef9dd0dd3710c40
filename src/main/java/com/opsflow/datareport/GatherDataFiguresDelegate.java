package com.opsflow.datareport;

import static com.opsflow.datareport.DataReportProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;

/** 汇总报送数据: every department submitted; the month's figures beside the month before, for 数据分析部. */
@Component("gatherDataFigures")
class GatherDataFiguresDelegate implements JavaDelegate {

  private final DataReporting reporting;

  GatherDataFiguresDelegate(DataReporting reporting) {
    this.reporting = reporting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reportId = (Long) execution.getVariable(REPORT_ID);
    DataReport report = reporting.collected(reportId);
    execution.setVariable(FIGURES_VIEW, FormValues.json(reporting.figures(report.period())));
    execution.setVariable(NOTES_VIEW, FormValues.json(reporting.notes(reportId)));
    execution.setVariable(REPORT_STATUS, report.status().label());
  }
}

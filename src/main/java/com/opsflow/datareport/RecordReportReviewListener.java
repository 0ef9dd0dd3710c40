package com.opsflow.datareport;

import static com.opsflow.datareport.DataReportProcess.Variables.*;

import java.util.EnumSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewDecisions;

/** 管理层审阅数据分析报告: take note (同意) or ask questions back to 数据分析部 (退回修改, the questions required). */
@Component("recordReportReview")
class RecordReportReviewListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final DataReporting reporting;

  RecordReportReviewListener(ReviewDecisions decisions, DataReporting reporting) {
    this.decisions = decisions;
    this.reporting = reporting;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, REPORT_ID, reporting, EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN))
        .ifPresent(report -> execution.setVariable(REPORT_STATUS, report.statusLabel()));
  }
}

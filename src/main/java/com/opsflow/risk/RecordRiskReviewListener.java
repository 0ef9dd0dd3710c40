package com.opsflow.risk;

import static com.opsflow.risk.RiskAssessmentProcess.Variables.*;

import java.util.EnumSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewDecisions;

/** 部门负责人审核 and 运营部汇总 of a risk report (OM-5.1): 同意 or 退回修改 to the department — a report is not rejected. */
@Component("recordRiskReview")
class RecordRiskReviewListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final RiskRegister register;

  RecordRiskReviewListener(ReviewDecisions decisions, RiskRegister register) {
    this.decisions = decisions;
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, REPORT_ID, register, EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN))
        .ifPresent(report -> execution.setVariable(REPORT_STATUS, report.statusLabel()));
  }
}

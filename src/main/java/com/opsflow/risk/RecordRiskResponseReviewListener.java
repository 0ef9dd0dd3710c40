package com.opsflow.risk;

import static com.opsflow.risk.RiskResponseProcess.Variables.*;

import java.util.EnumSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewDecisions;

/**
 * 管理层审批接受风险 and 运营部检查应对执行 (OM-5.2): 同意, or 退回修改 — an acceptance back to the department to choose
 * again, an execution report back to its 责任人.
 */
@Component("recordRiskResponseReview")
class RecordRiskResponseReviewListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final RiskResponsePlans responses;

  RecordRiskResponseReviewListener(ReviewDecisions decisions, RiskResponsePlans responses) {
    this.decisions = decisions;
    this.responses = responses;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, RESPONSE_ID, responses, EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN))
        .ifPresent(response -> execution.setVariable(RESPONSE_STATUS, response.statusLabel()));
  }
}

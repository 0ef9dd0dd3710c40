package com.opsflow.risk.warning;

import static com.opsflow.risk.warning.RiskWarningProcess.Variables.*;

import java.util.EnumSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewDecisions;

/** 运营部审核预警应对 (OM-5.3: 运营部 reviews warnings): 同意 closes it, 退回修改 sends it back to the department. */
@Component("recordWarningCheck")
class RecordWarningCheckListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final Warnings warnings;

  RecordWarningCheckListener(ReviewDecisions decisions, Warnings warnings) {
    this.decisions = decisions;
    this.warnings = warnings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, WARNING_ID, warnings, EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN))
        .ifPresent(warning -> execution.setVariable(STATUS, warning.statusLabel()));
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionProgrammeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecisions;

/** 管理层 approves, returns or rejects the supervision programme (SV-2.1.1). */
@Component("recordProgrammeDecision")
class RecordProgrammeDecisionListener implements ExecutionListener {

  private final ReviewDecisions decisions;
  private final Programmes programmes;

  RecordProgrammeDecisionListener(ReviewDecisions decisions, Programmes programmes) {
    this.decisions = decisions;
    this.programmes = programmes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    decisions.record(execution, PROGRAMME_ID, programmes::decide)
        .ifPresent(programme -> execution.setVariable(PROGRAMME_STATUS, programme.statusLabel()));
  }
}

package com.opsflow.risk;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.Privileged;

/**
 * The level of a risk from its likelihood and impact (1–5 each): processes/risk-matrix.dmn, which process owners
 * edit. Read for whoever submits the assessment: the table is the company's rule, not a permission.
 */
@Component
class RiskMatrix {

  static final String TABLE = "risk-matrix";

  private final DecisionService decisions;
  private final Privileged privileged;

  RiskMatrix(DecisionService decisions, Privileged privileged) {
    this.decisions = decisions;
    this.privileged = privileged;
  }

  RiskLevel levelOf(int likelihood, int impact) {
    return privileged.call(() -> RiskLevel.valueOf((String) decisions.evaluateDecisionByKey(TABLE)
        .variables(Variables.createVariables().putValue("likelihood", likelihood).putValue("impact", impact))
        .evaluate().getSingleResult().getEntry("level")));
  }
}

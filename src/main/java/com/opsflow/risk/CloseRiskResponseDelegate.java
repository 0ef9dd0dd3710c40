package com.opsflow.risk;

import static com.opsflow.risk.RiskResponseProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/** 关闭风险应对: 已接受 (管理层 approved) or 已完成 (运营部 passed the execution). */
@Component("closeRiskResponse")
class CloseRiskResponseDelegate implements JavaDelegate {

  private final RiskResponsePlans responses;
  private final CompanyClock clock;

  CloseRiskResponseDelegate(RiskResponsePlans responses, CompanyClock clock) {
    this.responses = responses;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RESPONSE_STATUS,
        responses.close((Long) execution.getVariable(RESPONSE_ID), clock.now()).statusLabel());
  }
}

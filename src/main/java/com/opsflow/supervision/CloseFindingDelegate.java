package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/** 关闭问题: the finding closes as passed or failed (input parameter findingOutcome), and the ledger gets its points (SV-5). */
@Component("closeFinding")
class CloseFindingDelegate implements JavaDelegate {

  private final Rectifications rectifications;
  private final CompanyClock clock;

  CloseFindingDelegate(Rectifications rectifications, CompanyClock clock) {
    this.rectifications = rectifications;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectifications.close((Long) execution.getVariable(FINDING_ID),
        FindingStatus.valueOf((String) execution.getVariable(FINDING_OUTCOME)),
        (String) execution.getVariable(ESCALATION_COMMENT), clock.now());
  }
}

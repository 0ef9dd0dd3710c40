package com.opsflow.risk;

import static com.opsflow.risk.RiskAssessmentProcess.Variables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.organisation.Organisation;

/**
 * 开启风险评估: the round assesses the quarter it opens in (OM-5.1: quarterly by default) and asks every department;
 * {@code ${openRiskRound.departments()}} is the multi-instance collection.
 */
@Component("openRiskRound")
public class OpenRiskRoundDelegate implements JavaDelegate {

  private final Organisation org;
  private final CompanyClock clock;

  OpenRiskRoundDelegate(Organisation org, CompanyClock clock) {
    this.org = org;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RiskRound round = RiskRound.of(clock.today());
    execution.setVariable(ROUND, round.code());
    execution.setVariable(ROUND_LABEL, round.label());
  }

  public List<String> departments() {
    return org.departments().stream().map(Group::getId).toList();
  }
}

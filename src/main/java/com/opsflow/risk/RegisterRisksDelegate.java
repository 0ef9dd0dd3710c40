package com.opsflow.risk;

import static com.opsflow.risk.RiskAssessmentProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/** 登记风险台账: the approved report's risks enter the register or are reassessed there; 重大 ones go to 管理层. */
@Component("registerRisks")
class RegisterRisksDelegate implements JavaDelegate {

  private final RiskRegister register;
  private final CompanyClock clock;

  RegisterRisksDelegate(RiskRegister register, CompanyClock clock) {
    this.register = register;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Risk> registered = register.register((Long) execution.getVariable(REPORT_ID), clock.now());
    List<Risk> major = registered.stream().filter(risk -> risk.level() == RiskLevel.MAJOR).toList();
    execution.setVariable(REGISTERED_RISK_IDS, new ArrayList<>(registered.stream().map(Risk::id).toList()));
    execution.setVariable(REPORT_STATUS, RiskReportStatus.REGISTERED.label());
    execution.setVariable(HAS_MAJOR, !major.isEmpty());
    execution.setVariable(MAJOR_RISKS_VIEW, RiskViews.risks(major));
    execution.setVariable(MAJOR_RISK_IDS, new ArrayList<>(major.stream().map(Risk::id).toList()));
  }
}

package com.opsflow.risk;

import static com.opsflow.risk.RiskAssessmentProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Privileged;

/**
 * 发起风险应对 (OM-5.2): each registered risk of level 中 and above without a response under way gets one — a
 * 风险应对 of its own, which lives as long as the measures take, not as long as the assessment.
 */
@Component("openRiskResponses")
class OpenRiskResponsesDelegate implements JavaDelegate {

  private final Risks risks;
  private final RiskResponsePlans responses;
  private final RuntimeService runtimeService;
  private final Privileged privileged;
  private final CompanyClock clock;

  OpenRiskResponsesDelegate(Risks risks, RiskResponsePlans responses, RuntimeService runtimeService,
      Privileged privileged, CompanyClock clock) {
    this.risks = risks;
    this.responses = responses;
    this.runtimeService = runtimeService;
    this.privileged = privileged;
    this.clock = clock;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    List<String> opened = new ArrayList<>();
    for (Risk risk : risks.findAllById((List<Long>) execution.getVariable(REGISTERED_RISK_IDS))) {
      if (!responses.needsResponse(risk)) {
        continue;
      }
      RiskResponse response = responses.open(risk, clock.now());
      privileged.run(() -> runtimeService.startProcessInstanceByKey(RiskResponseProcess.KEY, response.number(),
          java.util.Map.of(RiskResponseProcess.Variables.RESPONSE_ID, response.id(),
              RiskResponseProcess.Variables.DEPARTMENT, risk.department())));
      opened.add(response.number());
    }
    execution.setVariable(RESPONSES_OPENED, opened);
  }
}

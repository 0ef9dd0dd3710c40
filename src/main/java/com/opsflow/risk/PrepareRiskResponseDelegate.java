package com.opsflow.risk;

import static com.opsflow.risk.RiskResponseProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.organisation.Organisation;

/** 准备风险应对: the risk as the department reads it, and its members, one of whom becomes the 责任人. */
@Component("prepareRiskResponse")
class PrepareRiskResponseDelegate implements JavaDelegate {

  private final RiskResponsePlans responses;
  private final Organisation org;

  PrepareRiskResponseDelegate(RiskResponsePlans responses, Organisation org) {
    this.responses = responses;
    this.org = org;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RiskResponse response = responses.startedAs((Long) execution.getVariable(RESPONSE_ID), execution.getProcessInstanceId());
    execution.setVariables(ResponseViews.of(response, responses.riskOf(response), org));
    Map<String, String> people = new LinkedHashMap<>();
    org.membersOf(response.department()).forEach(person -> people.put(person, org.displayName(person)));
    execution.setVariable(PEOPLE_OPTIONS, FormValues.options(people));
  }
}

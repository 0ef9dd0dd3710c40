package com.opsflow.risk;

import static com.opsflow.risk.RiskResponseProcess.Variables.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.organisation.Organisation;
import com.opsflow.risk.RiskResponseProcess.TextFields;

/** 制定风险应对措施 (OM-5.2): strategy, measures, a 责任人 of the department and a deadline after today. */
@Component("recordRiskResponsePlan")
class RecordRiskResponsePlanListener extends StepCompletion {

  private final RiskResponsePlans responses;
  private final RiskRules rules;
  private final Organisation org;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordRiskResponsePlanListener(RiskResponsePlans responses, RiskRules rules, Organisation org,
      IdentityService identityService, CompanyClock clock) {
    this.responses = responses;
    this.rules = rules;
    this.org = org;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    RiskResponse response = responses.response((Long) execution.getVariable(RESPONSE_ID));
    FieldChecks checks = new FieldChecks();
    Object chosen = execution.getVariable(STRATEGY);
    ResponseStrategy strategy = Arrays.stream(ResponseStrategy.values()).filter(s -> s.name().equals(chosen)).findFirst()
        .orElse(null);
    if (strategy == null) {
      checks.add("请选择应对策略：规避、降低、转移或接受。");
    }
    String measures = checks.text(execution.getVariable(MEASURES), TextFields.MEASURES, true);
    Object owner = execution.getVariable(OWNER);
    if (!(owner instanceof String person) || !org.membersOf(response.department()).contains(person)) {
      checks.add("请从本部门人员中选择责任人。");
    }
    LocalDate dueOn = checks.date(execution.getVariable(DUE_ON), "完成期限");
    if (dueOn != null && !dueOn.isAfter(clock.today())) {
      checks.add("完成期限应在今天之后。");
    }
    checks.refuseIfAny();
    response = responses.plan(response.id(), strategy, measures, (String) owner, dueOn,
        CurrentUser.required(identityService), clock.now());
    execution.setVariables(ResponseViews.of(response, responses.riskOf(response), org));
    execution.setVariable(DUE_AT, Date.from(dueOn.atTime(rules.getResponseDueHour(), 0).atZone(clock.zone()).toInstant()));
  }
}

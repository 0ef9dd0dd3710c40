package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.StepCompletion;

/** 制定整改方案: the department's measures, 责任人 and 整改期限 for this round. */
@Component("recordRectificationPlan")
class RecordRectificationPlanListener extends StepCompletion {

  private final Rectifications rectifications;
  private final IdentityService identityService;
  private final SupervisionRules rules;
  private final CompanyClock clock;

  RecordRectificationPlanListener(Rectifications rectifications, IdentityService identityService, SupervisionRules rules, CompanyClock clock) {
    this.rectifications = rectifications;
    this.identityService = identityService;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    RectificationPlan plan = RectificationPlan.from(execution.getVariables(), clock.today());
    rectifications.plan((Long) execution.getVariable(FINDING_ID), plan, CurrentUser.of(identityService), clock.now());
    RectificationSchedule.set(execution, plan.deadline(), clock, rules);
    execution.setVariable(ROUND_HAS_PLAN, true);
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/** 提交督导计划: checks the plan and records the audit; the audit number becomes the business key. */
@Component("submitSupervisionPlan")
class SubmitSupervisionPlanDelegate implements JavaDelegate {

  private final AuditPlans plans;
  private final Organisation org;
  private final IdentityService identityService;
  private final SupervisionRules rules;
  private final CompanyClock clock;

  SubmitSupervisionPlanDelegate(AuditPlans plans, Organisation org, IdentityService identityService,
      SupervisionRules rules, CompanyClock clock) {
    this.plans = plans;
    this.org = org;
    this.identityService = identityService;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> departments = org.departments().stream().map(Group::getId).collect(Collectors.toSet());
    Set<String> supervisors = identityService.createUserQuery().memberOfGroup(Groups.SUPERVISORS).list().stream()
        .map(User::getId).collect(Collectors.toSet());
    SupervisionPlan plan = SupervisionPlan.from(execution.getVariables(), departments, supervisors, clock.today());
    SupervisionAudit audit = plans.submit((Long) execution.getVariable(AUDIT_ID), (String) execution.getVariable(INITIATOR),
        plan, execution.getProcessInstanceId(), clock.now());

    execution.setProcessBusinessKey(audit.number());
    execution.setVariable(AUDIT_ID, audit.id());
    execution.setVariable(AUDIT_NUMBER, audit.number());
    execution.setVariable(AUDIT_STATUS, audit.statusLabel());
    execution.setVariable(AUDITED_DEPARTMENT_NAMES, plan.auditedDepartments().stream().map(org::departmentName)
        .collect(Collectors.joining("、")));
    execution.setVariable(FOCUS_AREA_LABELS, plan.focusAreas().stream().map(FocusArea::label).collect(Collectors.joining("、")));
    execution.setVariable(SUPERVISOR_NAMES, plan.supervisors().stream().map(org::displayName).collect(Collectors.joining("、")));
    execution.setVariable(SUPERVISOR_LIST, String.join(",", plan.supervisors()));
    execution.setVariable(ON_SITE_AT, Date.from(plan.onSiteDate().atTime(rules.getOnSiteHour(), 0).atZone(clock.zone()).toInstant()));
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(audit.trail(), clock));
  }
}

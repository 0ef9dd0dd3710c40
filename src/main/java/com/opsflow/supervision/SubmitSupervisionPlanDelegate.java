package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.Date;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.organisation.Organisation;

/**
 * 提交督导计划: checks the plan and records the audit; the audit number becomes the business key. An audit a
 * supervision programme started (SV-2.1.1) is planned by the programme's drafter and already approved with it.
 */
@Component("submitSupervisionPlan")
class SubmitSupervisionPlanDelegate implements JavaDelegate {

  private final AuditPlans plans;
  private final Programmes programmes;
  private final Organisation org;
  private final SupervisionOptions options;
  private final SupervisionRules rules;
  private final CompanyClock clock;

  SubmitSupervisionPlanDelegate(AuditPlans plans, Programmes programmes, Organisation org, SupervisionOptions options,
      SupervisionRules rules, CompanyClock clock) {
    this.plans = plans;
    this.programmes = programmes;
    this.org = org;
    this.options = options;
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionPlan plan = SupervisionPlan.from(execution.getVariables(), options.departmentIds(),
        options.supervisorIds(), clock.today());
    String programme = (String) execution.getVariable(PROGRAMME_NUMBER);
    String planner = (String) execution.getVariable(programme == null ? INITIATOR : PROGRAMME_DRAFTER);
    SupervisionAudit audit = plans.submit((Long) execution.getVariable(AUDIT_ID), planner, plan,
        execution.getProcessInstanceId(), clock.now());
    if (programme != null) {
      audit = plans.approvedIn(audit.id(), programme, clock.now());
      programmes.auditStarted(programme, (Integer) execution.getVariable(PLANNED_AUDIT_NO), audit.number());
    }

    execution.setProcessBusinessKey(audit.number());
    execution.setVariable(PLAN_APPROVED, programme != null);
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

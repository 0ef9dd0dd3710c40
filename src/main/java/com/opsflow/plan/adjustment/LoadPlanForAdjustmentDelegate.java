package com.opsflow.plan.adjustment;

import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.organisation.Organisation;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.PlanItems;

/**
 * 载入计划内容: checks the chosen plan may be adjusted now and fills the application form with its
 * current items, so the applicant edits what is in force.
 */
@Component("loadPlanForAdjustment")
class LoadPlanForAdjustmentDelegate implements JavaDelegate {

  private final AdjustmentRequests requests;
  private final Organisation org;

  LoadPlanForAdjustmentDelegate(AdjustmentRequests requests, Organisation org) {
    this.requests = requests;
    this.org = org;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String department = (String) execution.getVariable(DEPARTMENT);
    OperationPlan plan = requests.choose(execution.getVariable(ADJUSTED_PLAN_ID), department);
    execution.setVariable(BASE_PLAN_ID, plan.id());
    execution.setVariable(PLAN_NUMBER, plan.number());
    execution.setVariable(PLAN_VERSION, plan.version());
    execution.setVariable(PLAN_TITLE, plan.title());
    execution.setVariable(PLAN_TYPE_LABEL, plan.type().label());
    execution.setVariable(PERIOD_LABEL, plan.period().label());
    execution.setVariable(CURRENT_ITEMS, PlanItems.json(plan.items()));
    execution.setVariable(PLAN_ITEMS, PlanItems.json(plan.items()));
    Map<String, String> others = new LinkedHashMap<>();
    org.departments().stream().filter(group -> !group.getId().equals(department))
        .forEach(group -> others.put(group.getId(), group.getName()));
    execution.setVariable(DEPARTMENT_OPTIONS, AdjustmentForms.options(others));
  }
}

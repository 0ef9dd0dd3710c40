package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.SubmissionRefused;

/**
 * When 关联上级计划事项 ends: each item's parent item (or the reason it has none) is checked and kept with the plan;
 * the reviewers' table then shows every item next to the parent item it breaks down. A refusal keeps the task open.
 */
@Component("recordParentLinks")
class RecordParentLinksListener implements ExecutionListener {

  private final PlanHierarchy hierarchy;
  private final OperationPlans plans;

  RecordParentLinksListener(PlanHierarchy hierarchy, OperationPlans plans) {
    this.hierarchy = hierarchy;
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long planId = (Long) execution.getVariable(PLAN_ID);
    OperationPlan plan = plans.findById(planId).orElseThrow(() -> new IllegalStateException("plan " + planId + " vanished"));
    String parentNumber = (String) execution.getVariable(PARENT_PLAN_NUMBER);
    OperationPlan parent = hierarchy.parentInForce(plan)
        .filter(found -> found.number().equals(parentNumber))
        .orElseThrow(() -> new SubmissionRefused(
            "上级计划 " + parentNumber + " 已不再生效（可能已被调整取代），请撤回后重新提交。"));
    OperationPlan linked = hierarchy.link(planId, parent.number(),
        ParentLinks.from(execution.getVariable(PARENT_LINKS), plan, parent));
    execution.setVariable(PLAN_ITEMS, PlanItems.json(linked.items()));
    // as the server read them, so that a return and resubmission offers the same choices again
    execution.setVariable(PARENT_LINKS, ParentLinkOffer.rows(linked.items()));
  }
}

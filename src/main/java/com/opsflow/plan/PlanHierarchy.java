package com.opsflow.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan hierarchy (OM-3.2, OM-3.3): a quarterly plan breaks down the department's annual plan in force, a
 * monthly plan refines the quarterly plan in force for its quarter.
 */
@Service
public class PlanHierarchy {

  /** Every status a plan holds its period in: the plans still being decided and the ones in force. */
  private static final List<PlanStatus> LIVE = List.of(PlanStatus.DRAFT, PlanStatus.IN_REVIEW, PlanStatus.APPROVED,
      PlanStatus.FILED, PlanStatus.PUBLISHED);

  private final OperationPlans plans;

  PlanHierarchy(OperationPlans plans) {
    this.plans = plans;
  }

  /** The plan in force that {@code plan} breaks down; empty for an annual plan or when none is in force yet. */
  public Optional<OperationPlan> parentInForce(OperationPlan plan) {
    PlanPeriod parent = plan.period().parent();
    return parent == null ? Optional.empty()
        : plans.findByActivePeriodKey(parent.keyFor(plan.department())).filter(found -> found.status().inForce());
  }

  /** The live plans that break down the plan {@code number}, in period order. */
  public List<OperationPlan> children(String number) {
    return plans.findByParentPlanNumberAndStatusInOrderByPeriodNumberAscIdAsc(number, LIVE);
  }

  /** Saves what the drafter linked: {@code linkedItems} are the plan's items, each linked or with its reason. */
  @Transactional
  public OperationPlan link(long planId, String parentNumber, List<PlanItem> linkedItems) {
    OperationPlan plan = plans.findById(planId).orElseThrow(() -> new IllegalStateException("plan " + planId + " vanished"));
    plan.linkTo(parentNumber, linkedItems);
    return plans.save(plan);
  }
}

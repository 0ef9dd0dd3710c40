package com.opsflow.plan.adjustment;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.ReviewedRecords;
import com.opsflow.approval.TrailEntry;
import com.opsflow.organisation.Organisation;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;

/** Reviewing an adjustment, and bringing an approved one into force as the plan's next version. */
@Service
public class AdjustmentReviews implements ReviewedRecords {

  private final PlanAdjustments adjustments;
  private final OperationPlans plans;
  private final Organisation org;

  AdjustmentReviews(PlanAdjustments adjustments, OperationPlans plans, Organisation org) {
    this.adjustments = adjustments;
    this.plans = plans;
    this.org = org;
  }

  @Override
  @Transactional
  public PlanAdjustment recordDecision(long adjustmentId, String step, String reviewer, ReviewSubmission submission,
      Instant now) {
    PlanAdjustment adjustment = adjustment(adjustmentId);
    adjustment.decide(step, submission, reviewer, org.displayName(reviewer), now);
    return adjustments.save(adjustment);
  }

  /**
   * The approved adjustment becomes the plan's next version in force and the version it changed is
   * superseded. If that version left force meanwhile, nothing is applied over it: the adjustment is
   * voided and the result is empty.
   */
  @Transactional
  public Optional<OperationPlan> apply(long adjustmentId, Instant now) {
    PlanAdjustment adjustment = adjustment(adjustmentId);
    OperationPlan current = plans.findById(adjustment.planId()).orElseThrow();
    if (!current.status().inForce()) {
      adjustment.voidBecausePlanLeftForce(now);
      adjustments.save(adjustment);
      return Optional.empty();
    }
    TrailEntry approval = adjustment.lastApproval();
    String why = adjustment.cause().label() + "：" + adjustment.reason();
    OperationPlan next = current.nextVersion(adjustment.adjustedItems(), adjustment.id(), adjustment.number(),
        approval.actor(), approval.actorName(), why, now);
    // the period is unique among plans in force: free it before the next version takes it
    current.supersedeBy(next, adjustment.number(), now);
    plans.saveAndFlush(current);
    next.holdPeriod();
    next = plans.saveAndFlush(next);
    current.supersededBy(next.id());
    plans.save(current);
    adjustment.applied(next, now);
    adjustments.save(adjustment);
    return Optional.of(next);
  }

  private PlanAdjustment adjustment(long id) {
    return adjustments.findById(id).orElseThrow(() -> new IllegalStateException("adjustment " + id + " vanished"));
  }
}

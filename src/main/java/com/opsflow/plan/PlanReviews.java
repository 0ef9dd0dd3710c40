package com.opsflow.plan;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.ReviewedRecords;
import com.opsflow.organisation.Organisation;

/** Recording what reviewers decided on a plan, and putting an approved plan into force. */
@Service
public class PlanReviews implements ReviewedRecords {

  private final OperationPlans plans;
  private final Organisation org;

  PlanReviews(OperationPlans plans, Organisation org) {
    this.plans = plans;
    this.org = org;
  }

  @Override
  @Transactional
  public OperationPlan recordDecision(long planId, String step, String reviewer, ReviewSubmission submission, Instant now) {
    OperationPlan plan = plan(planId);
    plan.decide(step, submission, reviewer, org.displayName(reviewer), now);
    return plans.save(plan);
  }

  @Transactional
  public OperationPlan putInForce(long planId, PlanStatus outcome, String filedWith, Instant now) {
    OperationPlan plan = plan(planId);
    plan.putInForce(outcome, filedWith, now);
    return plans.save(plan);
  }

  private OperationPlan plan(long planId) {
    return plans.findById(planId).orElseThrow(() -> new IllegalStateException("plan " + planId + " vanished"));
  }
}

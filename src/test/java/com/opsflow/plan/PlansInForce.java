package com.opsflow.plan;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/** Puts plans in force directly through the plan services, for tests that start from an approved plan. */
@Component
public class PlansInForce {

  private final PlanSubmissions submissions;
  private final PlanReviews reviews;
  private final CompanyClock clock;

  PlansInForce(PlanSubmissions submissions, PlanReviews reviews, CompanyClock clock) {
    this.submissions = submissions;
    this.reviews = reviews;
    this.clock = clock;
  }

  /** An approved 2027 annual plan of the department with the given item deadlines. */
  public OperationPlan approvedAnnualPlan(String department, String drafter, String... deadlines) {
    String[] items = new String[deadlines.length];
    for (int i = 0; i < deadlines.length; i++) {
      items[i] = PlanFixtures.item(deadlines[i]).replace("品牌曝光提升30%", "目标" + (i + 1));
    }
    Map<String, Object> values = new HashMap<>();
    PlanFixtures.plan("ANNUAL", 2027, null, null, items)
        .forEach((name, value) -> values.put(name, value instanceof TypedValue typed ? typed.getValue() : value));
    OperationPlan plan = submissions.submit(null, department, drafter, PlanDraft.from(values, 2026), null, clock.now());
    return reviews.putInForce(plan.id(), PlanStatus.APPROVED, null, clock.now());
  }
}

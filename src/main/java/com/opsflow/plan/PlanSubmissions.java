package com.opsflow.plan;

import java.time.Instant;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/** Submitting a plan for approval (again), and keeping one plan per department and period. */
@Service
public class PlanSubmissions {

  private final OperationPlans plans;
  private final Organisation org;

  PlanSubmissions(OperationPlans plans, Organisation org) {
    this.plans = plans;
    this.org = org;
  }

  /**
   * @param planId the plan being resubmitted after a return, or {@code null} for a first submission
   */
  @Transactional
  public OperationPlan submit(Long planId, String department, String drafter, PlanDraft draft,
      String processInstanceId, Instant now) {
    OperationPlan plan = planId == null
        ? new OperationPlan(numberFor(department, draft.period()), department, org.departmentName(department),
            drafter, processInstanceId, now)
        : plans.findById(planId).orElseThrow(() -> new IllegalStateException("plan " + planId + " vanished"));
    plans.findByActivePeriodKey(draft.period().keyFor(department))
        .filter(other -> !other.id().equals(plan.id()))
        .ifPresent(other -> {
          throw new SubmissionRefused(plan.departmentName() + "在" + draft.period().label() + "已有一份"
              + draft.period().type().label() + "（编号 " + other.number() + "，状态：" + other.status().label()
              + "），同一期间不能再提交一份。");
        });
    plan.submit(draft, org.displayName(drafter), now);
    return plans.save(plan);
  }

  /** The drafter withdraws the plan before anyone reviewed it (the caller checked that). */
  @Transactional
  public OperationPlan withdraw(long planId, String drafter, Instant now) {
    OperationPlan plan = plans.findById(planId).orElseThrow(() -> new IllegalStateException("plan " + planId + " vanished"));
    plan.withdraw(drafter, org.displayName(drafter), now);
    return plans.save(plan);
  }

  /** e.g. PLAN-2027-MKT-A; a period whose earlier plan was rejected gets PLAN-2027-MKT-A-2. */
  private String numberFor(String department, PlanPeriod period) {
    String base = "PLAN-" + period.year() + "-" + department.toUpperCase() + "-" + period.code();
    Set<String> taken = plans.numbersStartingWith(base);
    String number = base;
    for (int attempt = 2; taken.contains(number); attempt++) {
      number = base + "-" + attempt;
    }
    return number;
  }
}

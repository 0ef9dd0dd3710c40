package com.opsflow.plan.company;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.opsflow.plan.PlanInForce;
import com.opsflow.plan.PlanType;

/**
 * OM-3.1: when the last department's annual plan for a year comes into force, 运营部 consolidates the company plan; a
 * department plan that comes into force after the company plan was approved makes its next version. A plan approved
 * while the consolidation runs is picked up by it (运营部's submission and the approval both look again).
 */
@Component
class CompanyPlanTrigger {

  private final CompanyPlans companyPlans;
  private final CompanyPlanBook book;
  private final CompanyPlanStarts starts;

  CompanyPlanTrigger(CompanyPlans companyPlans, CompanyPlanBook book, CompanyPlanStarts starts) {
    this.companyPlans = companyPlans;
    this.book = book;
    this.starts = starts;
  }

  @EventListener
  void planInForce(PlanInForce plan) {
    if (plan.type() != PlanType.ANNUAL) {
      return;
    }
    Optional<CompanyPlan> last = companyPlans.findFirstByYearOrderByVersionDesc(plan.year());
    if (last.isEmpty()) {
      if (book.departmentsWithout(plan.year()).isEmpty()) {
        starts.start(plan.year(), "各部门年度计划均已生效");
      }
    } else if (last.get().status() == CompanyPlanStatus.APPROVED && !last.get().holds(plan.number())) {
      starts.start(plan.year(), plan.number() + " 在公司年度计划批准后生效，补入新版本");
    }
  }
}

package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.kernel.CompanyClock;
import java.util.LinkedHashSet;
import java.util.Set;
import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.organisation.Organisation;

/**
 * 计划生效: the route approved the plan; it becomes 已批准, 已备案 or 已发布 as the route table says, and those it is
 * filed with or published to are told.
 */
@Component("putPlanInForce")
class PutPlanInForceDelegate implements JavaDelegate {

  private final PlanReviews reviews;
  private final CompanyClock clock;
  private final CarbonCopies carbonCopies;
  private final Organisation org;
  private final ApplicationEventPublisher events;

  PutPlanInForceDelegate(PlanReviews reviews, CompanyClock clock, CarbonCopies carbonCopies, Organisation org,
      ApplicationEventPublisher events) {
    this.reviews = reviews;
    this.clock = clock;
    this.carbonCopies = carbonCopies;
    this.org = org;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanStatus outcome = PlanStatus.valueOf((String) execution.getVariable(APPROVED_STATUS));
    OperationPlan plan = reviews.putInForce((Long) execution.getVariable(PLAN_ID), outcome,
        (String) execution.getVariable(FILED_WITH), clock.now());
    execution.setVariable(PLAN_STATUS, plan.status().label());
    execution.setVariable(ApplicationProcess.OUTCOME, plan.status().label());
    tellThoseConcerned(execution, plan);
    events.publishEvent(new PlanInForce(plan.id(), plan.number(), plan.type(), plan.period().year(), plan.department()));
  }

  /**
   * 备案 and 发布 tell someone (OM-3.2, OM-3.3): the group a plan is filed with, and — for a published plan — the
   * department that carries it out; each finds the plan in 抄送我的.
   */
  private void tellThoseConcerned(DelegateExecution execution, OperationPlan plan) {
    Set<String> told = new LinkedHashSet<>();
    String filedWith = (String) execution.getVariable(FILED_WITH);
    if (filedWith != null && !filedWith.isBlank() && plan.status() != PlanStatus.APPROVED) {
      told.addAll(org.membersOf(filedWith));
    }
    if (plan.status() == PlanStatus.PUBLISHED) {
      told.addAll(org.membersOf(plan.department()));
    }
    if (told.isEmpty()) {
      return; // an annual plan approved by 管理层 is filed with nobody
    }
    String note = plan.status() == PlanStatus.PUBLISHED
        ? plan.title() + "已发布执行，请按计划执行" + (filedWith == null ? "" : "（已报" + org.departmentName(filedWith) + "备案）")
        : plan.title() + "已报" + org.departmentName(filedWith) + "备案";
    carbonCopies.notice(execution, told, note);
  }
}

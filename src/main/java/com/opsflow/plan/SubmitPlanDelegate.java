package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/**
 * 提交计划: checks what the drafter submitted and saves it as the plan record (first submission or
 * resubmission after a return). Runs in the submitting transaction, so a refusal undoes the submission.
 */
@Component("submitPlan")
class SubmitPlanDelegate implements JavaDelegate {

  private final PlanSubmissions submissions;
  private final Organisation org;
  private final IdentityService identityService;
  private final CompanyClock clock;
  private final ParentLinkOffer parentLinks;

  SubmitPlanDelegate(PlanSubmissions submissions, Organisation org, IdentityService identityService, CompanyClock clock,
      ParentLinkOffer parentLinks) {
    this.parentLinks = parentLinks;
    this.submissions = submissions;
    this.org = org;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String drafter = drafter(execution);
    String department = department(execution, drafter);
    PlanDraft draft = PlanDraft.from(execution.getVariables(), clock.today().getYear());
    String prescribed = (String) execution.getVariable(PRESCRIBED_PERIOD);
    if (prescribed != null && !prescribed.equals(DraftingRoundDelegate.encode(draft.period()))) {
      throw new SubmissionRefused("本次编制的计划类型和期间由编制日历确定，不能修改。");
    }
    OperationPlan plan = submissions.submit((Long) execution.getVariable(PLAN_ID), department, drafter, draft,
        execution.getProcessInstanceId(), clock.now());

    execution.setProcessBusinessKey(plan.number());
    execution.setVariable(PLAN_ID, plan.id());
    execution.setVariable(PLAN_NUMBER, plan.number());
    execution.setVariable(DEPARTMENT_NAME, plan.departmentName());
    execution.setVariable(PLAN_TYPE_LABEL, plan.type().label());
    execution.setVariable(PERIOD_LABEL, plan.period().label());
    execution.setVariable(PLAN_STATUS, plan.status().label());
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(plan.trail(), clock));
    parentLinks.offer(execution, plan);
  }

  /** The person who drafts: fixed at the first submission, and the one a return goes back to. */
  private String drafter(DelegateExecution execution) {
    String drafter = (String) execution.getVariable(DRAFTER);
    if (drafter == null) {
      drafter = CurrentUser.of(identityService);
      if (drafter == null) {
        drafter = (String) execution.getVariable(INITIATOR);
      }
      if (drafter == null) {
        throw new SubmissionRefused("无法确定编制人，请登录后提交。");
      }
      execution.setVariable(DRAFTER, drafter);
    }
    return drafter;
  }

  /** The drafter's own department; a drafting opened by the calendar names it, and must match. */
  private String department(DelegateExecution execution, String drafter) {
    String own = org.departmentOf(drafter);
    String named = (String) execution.getVariable(DEPARTMENT);
    if (named != null && !named.equals(own)) {
      throw new SubmissionRefused("这是" + org.departmentName(named) + "的运营计划，您不能代为编制。");
    }
    execution.setVariable(DEPARTMENT, own);
    return own;
  }
}

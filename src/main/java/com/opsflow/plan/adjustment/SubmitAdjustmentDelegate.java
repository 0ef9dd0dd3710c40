package com.opsflow.plan.adjustment;

import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;

/**
 * 提交调整申请: checks the application against the plan in force and records it (first submission or
 * resubmission after a return). Runs in the submitting transaction, so a refusal undoes the submission.
 */
@Component("submitAdjustment")
class SubmitAdjustmentDelegate implements JavaDelegate {

  private final AdjustmentRequests requests;
  private final OperationPlans plans;
  private final Organisation org;
  private final CompanyClock clock;

  SubmitAdjustmentDelegate(AdjustmentRequests requests, OperationPlans plans, Organisation org, CompanyClock clock) {
    this.requests = requests;
    this.plans = plans;
    this.org = org;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object action = execution.getVariable(APPLICANT_ACTION);
    if (action != null && !"SUBMIT".equals(action)) {
      throw new SubmissionRefused("提交方式只能是“提交审批”或“撤回申请”。");
    }
    String department = (String) execution.getVariable(DEPARTMENT);
    OperationPlan plan = plans.findById((Long) execution.getVariable(BASE_PLAN_ID)).orElseThrow();
    Set<String> others = org.departments().stream().map(Group::getId)
        .filter(id -> !id.equals(department)).collect(Collectors.toSet());
    AdjustmentRequest request = AdjustmentRequest.from(execution.getVariables(), plan, others);
    // each affected department's head will have to acknowledge: refuse now rather than at approval
    request.affectedDepartments().forEach(org::headGroupOf);
    PlanAdjustment adjustment = requests.submit((Long) execution.getVariable(ADJUSTMENT_ID), plan.id(), department,
        (String) execution.getVariable(INITIATOR), request, execution.getProcessInstanceId(), clock.now());

    execution.setProcessBusinessKey(adjustment.number());
    execution.setVariable(ADJUSTMENT_ID, adjustment.id());
    execution.setVariable(ADJUSTMENT_NUMBER, adjustment.number());
    execution.setVariable(ADJUSTMENT_STATUS, adjustment.statusLabel());
    execution.setVariable(CAUSE_LABEL, adjustment.cause().label()
        + (adjustment.causeDescription() == null ? "" : "：" + adjustment.causeDescription()));
    execution.setVariable(CHANGES, AdjustmentForms.changes(adjustment.changes()));
    execution.setVariable(AFFECTED_DEPARTMENT_NAMES, adjustment.affectedDepartments().isEmpty() ? "无"
        : adjustment.affectedDepartments().stream().sorted().map(org::departmentName).collect(Collectors.joining("、")));
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(adjustment.trail(), clock));
  }
}

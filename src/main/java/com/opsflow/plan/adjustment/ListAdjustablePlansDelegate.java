package com.opsflow.plan.adjustment;

import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;
import com.opsflow.plan.OperationPlan;

/**
 * 列出可调整的计划: the applicant's department and its plans in force, as the options of the plan
 * list. Refuses the start when there is nothing to adjust.
 */
@Component("listAdjustablePlans")
class ListAdjustablePlansDelegate implements JavaDelegate {

  private final AdjustmentRequests requests;
  private final Organisation org;
  private final IdentityService identityService;

  ListAdjustablePlansDelegate(AdjustmentRequests requests, Organisation org, IdentityService identityService) {
    this.requests = requests;
    this.org = org;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicant = CurrentUser.of(identityService);
    if (applicant == null) {
      applicant = (String) execution.getVariable(INITIATOR);
    }
    String department = org.departmentOf(applicant);
    List<OperationPlan> plans = requests.adjustablePlans(department);
    if (plans.isEmpty()) {
      throw new SubmissionRefused(org.departmentName(department) + "目前没有生效中的运营计划，无可调整的计划。");
    }
    Map<String, String> options = new LinkedHashMap<>();
    plans.forEach(plan -> options.put(String.valueOf(plan.id()), plan.number() + "｜" + plan.period().label()
        + plan.type().label() + "（第 " + plan.version() + " 版，" + plan.status().label() + "）"));
    execution.setVariable(INITIATOR, applicant);
    execution.setVariable(DEPARTMENT, department);
    execution.setVariable(DEPARTMENT_NAME, org.departmentName(department));
    execution.setVariable(ADJUSTABLE_PLANS, AdjustmentForms.options(options));
  }
}

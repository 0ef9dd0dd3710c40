package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;

/**
 * 申请验收: the lead states the results against the goals (OC-4.2.3); a project with a customer needs the customer's
 * sign-off first (CC-3.4).
 */
@Component("requestProjectAcceptance")
class RequestProjectAcceptanceListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final CompanyClock clock;
  private final ProjectCosts costs;

  RequestProjectAcceptanceListener(Projects projects, IdentityService identityService, CompanyClock clock,
      ProjectCosts costs) {
    this.costs = costs;
    this.projects = projects;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String results = checks.text(execution.getVariable(RESULTS), TextFields.RESULTS, true);
    long projectId = (Long) execution.getVariable(PROJECT_ID);
    String signedBy = null;
    LocalDate signedOn = null;
    if (projects.project(projectId).customer() != null) {
      // CC-3.4: acceptance with the customer where there is one — the results go for acceptance signed off
      signedBy = checks.text(execution.getVariable(CUSTOMER_SIGNED_BY), TextFields.CUSTOMER_SIGNED_BY, true);
      signedOn = checks.date(execution.getVariable(CUSTOMER_SIGNED_ON), "客户签字日期");
      if (signedOn != null && signedOn.isAfter(clock.today())) {
        checks.add("客户签字日期不能晚于今天（" + clock.today() + "）");
      }
    }
    checks.refuseIfAny();
    CollaborationProject project = projects.requestAcceptance(projectId, results, signedBy, signedOn,
        CurrentUser.of(identityService), clock.now());
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
    costs.follow(execution, project); // what the project cost, for the 验收报告's 成本决算
  }
}

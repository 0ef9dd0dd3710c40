package com.opsflow.risk.warning;

import static com.opsflow.risk.warning.RiskWarningProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.organisation.Organisation;
import com.opsflow.risk.warning.RiskWarningProcess.TextFields;

/** 填写督导预警 (SV-2.2.5, SV-5.3): the supervisor names the department and the problem; the warning goes to 管理层. */
@Component("raiseSupervisionWarning")
class RaiseSupervisionWarningListener extends StepCompletion {

  private final Warnings warnings;
  private final Organisation org;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RaiseSupervisionWarningListener(Warnings warnings, Organisation org, IdentityService identityService,
      CompanyClock clock) {
    this.warnings = warnings;
    this.org = org;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    Object department = execution.getVariable(DEPARTMENT);
    if (!(department instanceof String id) || org.departments().stream().map(Group::getId).noneMatch(id::equals)) {
      checks.add("请选择预警涉及的部门。");
    }
    String subject = checks.text(execution.getVariable(SUBJECT), TextFields.SUBJECT, true);
    String description = checks.text(execution.getVariable(DESCRIPTION), TextFields.DESCRIPTION, true);
    checks.refuseIfAny();
    RiskWarning warning = warnings.raiseBySupervisor((String) department, subject, description,
        CurrentUser.required(identityService), clock.now());
    warning = warnings.startedAs(warning.id(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(warning.number());
    execution.setVariable(WARNING_ID, warning.id());
    execution.setVariables(WarningViews.of(warning, org));
  }
}

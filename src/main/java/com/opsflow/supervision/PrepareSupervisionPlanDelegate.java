package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/** 准备督导计划: the departments and supervisors the plan form offers, from the organisation as it is today. */
@Component("prepareSupervisionPlan")
class PrepareSupervisionPlanDelegate implements JavaDelegate {

  private final Organisation org;
  private final IdentityService identityService;

  PrepareSupervisionPlanDelegate(Organisation org, IdentityService identityService) {
    this.org = org;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, String> departments = new LinkedHashMap<>();
    org.departments().forEach(group -> departments.put(group.getId(), group.getName()));
    Map<String, String> supervisors = new LinkedHashMap<>();
    identityService.createUserQuery().memberOfGroup(Groups.SUPERVISORS).orderByUserId().asc().list()
        .forEach(user -> supervisors.put(user.getId(), org.displayName(user.getId())));
    execution.setVariable(DEPARTMENT_OPTIONS, FormValues.options(departments));
    execution.setVariable(SUPERVISOR_OPTIONS, FormValues.options(supervisors));
  }
}

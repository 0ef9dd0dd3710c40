package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.organisation.Organisation;

/** 准备申请: the departments and people the forms offer; the applicant's own department. */
@Component("prepareCollaboration")
class PrepareCollaborationDelegate implements JavaDelegate {

  private final Organisation org;
  private final IdentityService identityService;

  PrepareCollaborationDelegate(Organisation org, IdentityService identityService) {
    this.org = org;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String department = org.departmentOf((String) execution.getVariable(INITIATOR));
    Map<String, String> departments = new LinkedHashMap<>();
    org.departments().stream().filter(group -> !group.getId().equals(department))
        .forEach(group -> departments.put(group.getId(), group.getName()));
    Map<String, String> people = new LinkedHashMap<>();
    identityService.createUserQuery().orderByUserId().asc().list().stream()
        .filter(user -> !identityService.createGroupQuery().groupMember(user.getId()).list().isEmpty())
        .forEach(user -> people.put(user.getId(), org.displayName(user.getId()) + "（" + user.getId() + "）"));
    execution.setVariable(DEPARTMENT, department);
    execution.setVariable(DEPARTMENT_OPTIONS, FormValues.options(departments));
    execution.setVariable(USER_OPTIONS, FormValues.options(people));
  }
}

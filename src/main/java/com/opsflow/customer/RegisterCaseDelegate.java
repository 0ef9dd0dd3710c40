package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.organisation.Organisation;

/**
 * 登记客户反馈 (CC-3.2.1 / TC-4.2.1): checks the contact and opens the case under its number, which becomes the
 * business key. Whoever in 客服部 recorded it owns the case; a case filed by another system belongs to 客服部 as a
 * whole.
 */
@Component("registerCase")
class RegisterCaseDelegate implements JavaDelegate {

  static final String CUSTOMER_SERVICE = "cs";

  private final CaseBook book;
  private final Organisation org;
  private final IdentityService identityService;

  RegisterCaseDelegate(CaseBook book, Organisation org, IdentityService identityService) {
    this.book = book;
    this.org = org;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> departments = org.departments().stream().map(Group::getId).collect(Collectors.toSet());
    CaseIntake intake = CaseIntake.from(execution.getVariables(), departments);
    String recordedBy = (String) execution.getVariable(INITIATOR);
    CustomerCase customerCase = book.open(intake, recordedBy, execution.getProcessInstanceId());

    execution.setProcessBusinessKey(customerCase.number());
    execution.setVariable(CASE_ID, customerCase.id());
    execution.setVariable(CASE_NUMBER, customerCase.number());
    boolean inCustomerService = identityService.createGroupQuery().groupMember(recordedBy).groupId(CUSTOMER_SERVICE).count() > 0;
    execution.setVariable(CASE_OWNER, inCustomerService ? recordedBy : null);
    execution.setVariable(CHANNEL_LABEL, customerCase.channel().label());
    execution.setVariable(CATEGORY_LABEL, customerCase.category().label());
    execution.setVariable(SEVERITY_LABEL, customerCase.severity() == null ? "" : customerCase.severity().label());
    execution.setVariable(SEVERITY, customerCase.severity() == null ? null : customerCase.severity().name());
    Map<String, String> departmentNames = new LinkedHashMap<>();
    org.departments().forEach(d -> departmentNames.put(d.getId(), d.getName()));
    execution.setVariable(DEPARTMENT_OPTIONS, FormValues.options(departmentNames));
    CaseStepListener.show(execution, customerCase);
  }
}

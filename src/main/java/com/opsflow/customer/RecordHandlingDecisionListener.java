package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.organisation.Organisation;

/** 确定责任部门与处理方案 (CC-3.2.3): 客服部's head or the case owner names the department and the solution. */
@Component("recordHandlingDecision")
class RecordHandlingDecisionListener extends CaseStepListener {

  private final Organisation org;

  RecordHandlingDecisionListener(CaseBook book, IdentityService identityService, Organisation org) {
    super(book, identityService);
    this.org = org;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    Set<String> departments = org.departments().stream().map(Group::getId).collect(Collectors.toSet());
    Object department = execution.getVariable(RESPONSIBLE_DEPARTMENT);
    if (!(department instanceof String id) || !departments.contains(id)) {
      checks.add("请选择责任部门");
    }
    String solution = checks.text(execution.getVariable(SOLUTION), TextFields.SOLUTION, true);
    checks.refuseIfAny();
    show(execution, book.handlingDecided(caseId(execution), (String) department, solution, actor()));
  }
}

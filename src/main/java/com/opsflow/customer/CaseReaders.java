package com.opsflow.customer;

import java.util.List;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.organisation.Groups;

/**
 * Who may read a customer case (personal data, CC-3.2): 客服部, who record and answer; the department the case
 * was given to, who handle it; 管理层. Nobody else learns that it exists.
 */
@Component
class CaseReaders {

  boolean mayRead(Authentication caller, CustomerCase customerCase) {
    return readsEveryCase(caller)
        || customerCase.responsibleDepartment() != null && groups(caller).contains(customerCase.responsibleDepartment());
  }

  boolean readsEveryCase(Authentication caller) {
    List<String> groups = groups(caller);
    return groups.contains(RegisterCaseDelegate.CUSTOMER_SERVICE) || groups.contains(Groups.MANAGEMENT);
  }

  /** The caller's groups: a case given to one of them is theirs to read. */
  List<String> departmentsOf(Authentication caller) {
    return groups(caller);
  }

  private static List<String> groups(Authentication caller) {
    return CurrentUser.groupsOf(caller);
  }
}

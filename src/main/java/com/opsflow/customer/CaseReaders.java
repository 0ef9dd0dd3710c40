package com.opsflow.customer;

import java.util.List;

import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import com.opsflow.organisation.Groups;

/**
 * Who may read a customer case (personal data, CC-3.2): 客服部, who record and answer; the department the case
 * was given to, who handle it; 管理层. Nobody else learns that it exists.
 */
@Component
class CaseReaders {

  boolean mayRead(Authentication caller, CustomerCase customerCase) {
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return groups.contains(RegisterCaseDelegate.CUSTOMER_SERVICE) || groups.contains(Groups.MANAGEMENT)
        || customerCase.responsibleDepartment() != null && groups.contains(customerCase.responsibleDepartment());
  }
}

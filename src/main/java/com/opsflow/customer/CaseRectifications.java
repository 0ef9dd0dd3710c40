package com.opsflow.customer;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import com.opsflow.supervision.AuditFinding;
import com.opsflow.supervision.FindingRectificationProcess;
import com.opsflow.supervision.Rectifications;

/**
 * A complaint's case analysis asks the responsible department to rectify (CC-3.2.3): the company's own rectification
 * tracking (finding-rectification.bpmn, SV-3.4) runs for it, with the case owner in 客服部 accepting the result.
 */
@Service
class CaseRectifications {

  private final Rectifications rectifications;
  private final RuntimeService runtimeService;

  CaseRectifications(Rectifications rectifications, RuntimeService runtimeService) {
    this.rectifications = rectifications;
    this.runtimeService = runtimeService;
  }

  /** @return the rectification's business key, e.g. KF-2026-0001-1 */
  String start(CustomerCase customerCase, String requirement, String acceptedBy) {
    AuditFinding finding = rectifications.fromCustomerCase(customerCase.number(), requirement,
        customerCase.severity() == null ? null : customerCase.severity().name(), customerCase.responsibleDepartment(),
        customerCase.responsibleDepartmentName() + "负责人");
    return runtimeService.startProcessInstanceByKey(FindingRectificationProcess.KEY, Map.of(
        FindingRectificationProcess.Variables.FINDING_ID, finding.id(),
        FindingRectificationProcess.Variables.AUDIT_NUMBER, customerCase.number(),
        FindingRectificationProcess.Variables.SUPERVISOR_LIST, acceptedBy)).getBusinessKey();
  }
}

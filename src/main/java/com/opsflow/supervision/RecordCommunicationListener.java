package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.organisation.Organisation;
import com.opsflow.supervision.SupervisionAuditProcess.TextFields;

/** 初步沟通: the audited department's head records causes and possible solutions. */
@Component("recordCommunication")
class RecordCommunicationListener extends StepCompletion {

  private final AuditRecords records;
  private final Organisation org;

  RecordCommunicationListener(AuditRecords records, Organisation org) {
    this.records = records;
    this.org = org;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String causes = checks.text(execution.getVariable(CAUSES), TextFields.CAUSES, true);
    String solutions = checks.text(execution.getVariable(SOLUTIONS), TextFields.SOLUTIONS, true);
    checks.refuseIfAny();
    SupervisionAudit audit = records.recordCommunication((Long) execution.getVariable(AUDIT_ID),
        org.departmentName((String) execution.getVariable(AUDITED_DEPARTMENT)), causes, solutions);
    execution.removeVariable(CAUSES);
    execution.removeVariable(SOLUTIONS);
    execution.setVariable(COMMUNICATION_LOG, audit.communication());
  }
}

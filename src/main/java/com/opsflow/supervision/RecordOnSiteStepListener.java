package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.supervision.SupervisionAuditProcess.TextFields;

/** 准备工作, 首次会议, 现场检查, 数据收集, 人员访谈: what the supervisor noted, kept in the audit's on-site log. */
@Component("recordOnSiteStep")
class RecordOnSiteStepListener extends StepCompletion {

  private final AuditRecords records;

  RecordOnSiteStepListener(AuditRecords records) {
    this.records = records;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String notes = checks.text(execution.getVariable(STEP_NOTES), TextFields.STEP_NOTES, true);
    checks.refuseIfAny();
    SupervisionAudit audit = records.logOnSite((Long) execution.getVariable(AUDIT_ID), execution.getCurrentActivityName(), notes);
    execution.removeVariable(STEP_NOTES);
    execution.setVariable(ON_SITE_LOG, audit.onSiteLog());
    execution.setVariable(AUDIT_STATUS, audit.statusLabel());
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The departments audited, for the steps each of their heads takes (初步沟通, 接收报告). */
@Component("departmentsAudited")
public class DepartmentsAudited {

  private final SupervisionAudits audits;

  DepartmentsAudited(SupervisionAudits audits) {
    this.audits = audits;
  }

  public List<String> of(DelegateExecution execution) {
    return audits.findById((Long) execution.getVariable(AUDIT_ID)).orElseThrow()
        .auditedDepartments().stream().sorted().toList();
  }
}

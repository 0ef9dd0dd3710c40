package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The findings to rectify, one called rectification each; read by the multi-instance, never stored. */
@Component("findingsToRectify")
public class FindingsToRectify {

  private final AuditFindings findings;

  FindingsToRectify(AuditFindings findings) {
    this.findings = findings;
  }

  public List<Long> ids(DelegateExecution execution) {
    return findings.findByAuditIdOrderByNumber((Long) execution.getVariable(AUDIT_ID)).stream()
        .map(AuditFinding::id).toList();
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.organisation.Organisation;

/** 问题记录: the findings, each with description, focus area, scope, severity, responsible department and person. */
@Component("recordFindings")
class RecordFindingsListener extends StepCompletion {

  private final AuditRecords records;
  private final Organisation org;

  RecordFindingsListener(AuditRecords records, Organisation org) {
    this.records = records;
    this.org = org;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    Set<String> departments = org.departments().stream().map(Group::getId).collect(Collectors.toSet());
    List<FindingDraft> drafts = FindingDraft.listFrom(execution.getVariables(), departments);
    List<AuditFinding> findings = records.recordFindings((Long) execution.getVariable(AUDIT_ID), drafts);
    execution.setVariable(HAS_FINDINGS, !findings.isEmpty());
    execution.setVariable(FINDINGS_VIEW, FormValues.json(findings.stream().map(finding -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", finding.number());
      row.put("description", finding.description());
      row.put("focusArea", finding.focusArea().label());
      row.put("scope", finding.scope());
      row.put("severity", finding.severity().label());
      row.put("department", org.departmentName(finding.responsibleDepartment()));
      row.put("person", finding.responsiblePerson());
      return row;
    }).toList()));
  }
}

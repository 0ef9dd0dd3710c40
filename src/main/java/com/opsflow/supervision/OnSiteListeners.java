package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.Steps;
import com.opsflow.organisation.Organisation;

/** Listeners of the on-site steps (SV-3.2) and of the feedback steps (SV-3.3), each a small bean below. */
final class OnSiteListeners {

  private OnSiteListeners() {
  }

  static boolean cancelled(DelegateExecution execution) {
    return Steps.cancelled(execution);
  }

  /** 准备工作, 首次会议, 现场检查, 数据收集, 人员访谈: what the supervisor noted, kept in the audit's on-site log. */
  @Component("recordOnSiteStep")
  static class RecordOnSiteStep implements ExecutionListener {

    private final AuditRecords records;

    RecordOnSiteStep(AuditRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String notes = checks.text(execution.getVariable(STEP_NOTES), "本环节的记录", 2000, true);
      checks.refuseIfAny();
      SupervisionAudit audit = records.logOnSite((Long) execution.getVariable(AUDIT_ID), execution.getCurrentActivityName(), notes);
      execution.removeVariable(STEP_NOTES);
      execution.setVariable(ON_SITE_LOG, audit.onSiteLog());
      execution.setVariable(AUDIT_STATUS, audit.statusLabel());
    }
  }

  /** 问题记录: the findings, each with description, focus area, scope, severity, responsible department and person. */
  @Component("recordFindings")
  static class RecordFindings implements ExecutionListener {

    private final AuditRecords records;
    private final Organisation org;

    RecordFindings(AuditRecords records, Organisation org) {
      this.records = records;
      this.org = org;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
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

  /** 初步沟通: the audited department's head records causes and possible solutions. */
  @Component("recordCommunication")
  static class RecordCommunication implements ExecutionListener {

    private final AuditRecords records;
    private final Organisation org;

    RecordCommunication(AuditRecords records, Organisation org) {
      this.records = records;
      this.org = org;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String causes = checks.text(execution.getVariable(CAUSES), "问题原因分析", 2000, true);
      String solutions = checks.text(execution.getVariable(SOLUTIONS), "可能的解决办法", 2000, true);
      checks.refuseIfAny();
      SupervisionAudit audit = records.recordCommunication((Long) execution.getVariable(AUDIT_ID),
          org.departmentName((String) execution.getVariable(AUDITED_DEPARTMENT)), causes, solutions);
      execution.removeVariable(CAUSES);
      execution.removeVariable(SOLUTIONS);
      execution.setVariable(COMMUNICATION_LOG, audit.communication());
    }
  }

  /** 正式报告: plan execution, highlights, problems, analysis and 整改建议. */
  @Component("recordReport")
  static class RecordReport implements ExecutionListener {

    private final AuditRecords records;

    RecordReport(AuditRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String execution1 = checks.text(execution.getVariable(REPORT_EXECUTION), "计划执行情况", 2000, true);
      String highlights = checks.text(execution.getVariable(REPORT_HIGHLIGHTS), "工作亮点", 2000, true);
      String problems = checks.text(execution.getVariable(REPORT_PROBLEMS), "存在的问题", 2000, true);
      String analysis = checks.text(execution.getVariable(REPORT_ANALYSIS), "原因分析", 2000, true);
      String suggestions = checks.text(execution.getVariable(REPORT_SUGGESTIONS), "整改建议", 2000, true);
      checks.refuseIfAny();
      records.writeReport((Long) execution.getVariable(AUDIT_ID), "一、计划执行情况：" + execution1 + "\n二、工作亮点："
          + highlights + "\n三、存在的问题：" + problems + "\n四、原因分析：" + analysis + "\n五、整改建议：" + suggestions);
    }
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opsflow.kernel.FieldChecks;

/** One problem as the supervisors recorded it on site (问题记录, SV-3.2), checked on the server. */
record FindingDraft(String description, FocusArea focusArea, String scope, Severity severity,
    String responsibleDepartment, String responsiblePerson) {

  static final int MAX_FINDINGS = 50;

  /** The findings submitted; an empty list when the audit found nothing. */
  static List<FindingDraft> listFrom(Map<String, Object> variables, Set<String> departments) {
    FieldChecks checks = new FieldChecks();
    Integer count = FieldChecks.integer(variables.get(FINDING_COUNT));
    if (count == null || count < 0 || count > MAX_FINDINGS) {
      checks.add("请填写发现的问题数量（0–" + MAX_FINDINGS + "）");
      checks.refuseIfAny();
    }
    List<Map<String, Object>> rows = List.of();
    if (count > 0) {
      rows = FieldChecks.rows(variables.get(FINDINGS));
      rows = rows == null ? List.of() : rows;
      if (rows.size() < count) {
        checks.add("问题数量为 " + count + "，但只填写了 " + rows.size() + " 项问题");
        checks.refuseIfAny();
      }
    }
    List<FindingDraft> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, Object> row = rows.get(i);
      String at = "第 " + (i + 1) + " 个问题的";
      String description = checks.text(row.get("description"), at + "表现形式", 2000, true);
      FocusArea area = FocusArea.parse(row.get("focusArea")).orElse(null);
      if (area == null) {
        checks.add("请选择" + at + "督导重点");
      }
      String scope = checks.text(row.get("scope"), at + "影响范围", 500, true);
      Severity severity = Severity.parse(row.get("severity")).orElse(null);
      if (severity == null) {
        checks.add("请选择" + at + "严重程度");
      }
      Object department = row.get("responsibleDepartment");
      if (!departments.contains(department)) {
        checks.add("请选择" + at + "责任部门");
      }
      String person = checks.text(row.get("responsiblePerson"), at + "责任人", 50, true);
      findings.add(new FindingDraft(description, area, scope, severity, (String) department, person));
    }
    checks.refuseIfAny();
    return findings;
  }
}

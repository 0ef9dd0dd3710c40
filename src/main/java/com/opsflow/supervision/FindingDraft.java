package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.supervision.SupervisionAuditProcess.TextFields;

/** One problem as the supervisors recorded it on site (问题记录, SV-3.2), checked on the server. */
record FindingDraft(String description, FocusArea focusArea, String scope, Severity severity,
    String responsibleDepartment, String responsiblePerson) {

  static final int MAX_FINDINGS = 50;

  /** The findings submitted; an empty list when the audit found nothing. */
  static List<FindingDraft> listFrom(Map<String, Object> variables, Set<String> departments) {
    FieldChecks checks = new FieldChecks();
    List<Map<String, Object>> rows = FieldChecks.rows(variables.get(FINDINGS));
    if (rows == null || rows.size() > MAX_FINDINGS) {
      checks.add("发现的问题最多 " + MAX_FINDINGS + " 项，请逐项填写");
      checks.refuseIfAny();
    }
    List<FindingDraft> findings = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String at = "第 " + (i + 1) + " 个问题的";
      String description = checks.text(row, at, TextFields.FINDINGS_DESCRIPTION, true);
      FocusArea area = FocusArea.parse(row.get("focusArea")).orElse(null);
      if (area == null) {
        checks.add("请选择" + at + "督导重点");
      }
      String scope = checks.text(row, at, TextFields.FINDINGS_SCOPE, true);
      Severity severity = Severity.parse(row.get("severity")).orElse(null);
      if (severity == null) {
        checks.add("请选择" + at + "严重程度");
      }
      Object department = row.get("responsibleDepartment");
      if (!departments.contains(department)) {
        checks.add("请选择" + at + "责任部门");
      }
      String person = checks.text(row, at, TextFields.FINDINGS_RESPONSIBLE_PERSON, true);
      findings.add(new FindingDraft(description, area, scope, severity, (String) department, person));
    }
    checks.refuseIfAny();
    return findings;
  }
}

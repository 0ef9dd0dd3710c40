package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.supervision.SupervisionAuditProcess.TextFields;

/** The supervision plan as the supervisor submitted it (SV-3.1), checked on the server. */
record SupervisionPlan(String title, List<String> auditedDepartments, List<FocusArea> focusAreas, String goals,
    String methods, LocalDate onSiteDate, List<String> supervisors) {

  static SupervisionPlan from(Map<String, Object> variables, Set<String> departments, Set<String> supervisorIds,
      LocalDate today) {
    FieldChecks checks = new FieldChecks();
    String title = checks.text(variables.get(TITLE), TextFields.TITLE, true);
    List<String> audited = checks.texts(variables.get(AUDITED_DEPARTMENTS), "被督导部门");
    if (audited.isEmpty()) {
      checks.add("请至少选择一个被督导部门");
    }
    audited.stream().filter(d -> !departments.contains(d)).forEach(d -> checks.add("部门“" + d + "”不存在"));
    List<String> areaCodes = checks.texts(variables.get(FOCUS_AREAS), "督导重点");
    if (areaCodes.isEmpty()) {
      checks.add("请至少选择一项督导重点");
    }
    List<FocusArea> areas = areaCodes.stream().map(code -> FocusArea.parse(code).orElse(null)).toList();
    if (areas.contains(null)) {
      checks.add("督导重点只能是业务流程规范、服务质量、工作效率、风险管理或团队协作");
    }
    String goals = checks.text(variables.get(GOALS), TextFields.GOALS, true);
    String methods = checks.text(variables.get(METHODS), TextFields.METHODS, true);
    LocalDate onSite = checks.date(variables.get(ON_SITE_DATE), "现场督导日期");
    if (onSite != null && onSite.isBefore(today)) {
      checks.add("现场督导日期不能早于今天（" + today + "）");
    }
    List<String> supervisors = checks.texts(variables.get(SUPERVISORS), "督导人员");
    if (supervisors.isEmpty()) {
      checks.add("请至少指派一名督导人员");
    }
    supervisors.stream().filter(s -> !supervisorIds.contains(s)).forEach(s -> checks.add("“" + s + "”不是运营督导人员"));
    checks.refuseIfAny();
    return new SupervisionPlan(title, audited, areas, goals, methods, onSite, supervisors);
  }
}

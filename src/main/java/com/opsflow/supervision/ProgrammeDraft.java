package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionProgrammeProcess.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.plan.PlanPeriod;
import com.opsflow.plan.PlanType;
import com.opsflow.supervision.SupervisionProgrammeProcess.TextFields;

/** A supervision programme as the supervisor submitted it (SV-2.1.1), checked on the server field by field. */
record ProgrammeDraft(PlanPeriod period, String title, String goals, String methods, List<PlannedAudit> audits) {

  static final int MAX_AUDITS = 50;

  /**
   * @param departments the departments that may be audited
   * @param supervisorIds the supervisors who may be sent
   * @param today audits are planned from tomorrow on, so that the department can be told first
   */
  static ProgrammeDraft from(Map<String, Object> variables, Set<String> departments, Set<String> supervisorIds,
      LocalDate today) {
    PlanPeriod period = period(variables, today.getYear());
    FieldChecks checks = new FieldChecks();
    String title = checks.text(variables.get(TITLE), TextFields.TITLE, true);
    String goals = checks.text(variables.get(GOALS), TextFields.GOALS, true);
    String methods = checks.text(variables.get(METHODS), TextFields.METHODS, true);
    List<Map<String, Object>> rows = FieldChecks.rows(variables.get(PLANNED_AUDITS));
    List<PlannedAudit> audits = new ArrayList<>();
    if (rows == null || rows.isEmpty()) {
      checks.add("请至少安排一次督导（被督导部门、日期、督导重点、督导人员）");
    } else if (rows.size() > MAX_AUDITS) {
      checks.add("一份督导工作计划最多安排 " + MAX_AUDITS + " 次督导（当前 " + rows.size() + " 次）");
    } else {
      Set<String> planned = new HashSet<>();
      for (int i = 0; i < rows.size(); i++) {
        PlannedAudit audit = audit(rows.get(i), "第 " + (i + 1) + " 次督导", period, departments, supervisorIds, today, checks);
        if (audit != null && !planned.add(audit.department() + audit.plannedDate())) {
          checks.add("第 " + (i + 1) + " 次督导与前面的督导是同一部门同一天");
        }
        audits.add(audit);
      }
    }
    checks.refuseIfAny();
    return new ProgrammeDraft(period, title, goals, methods, audits);
  }

  /** The period the start form chose: the same rules as the operation plans (this year or next). */
  static PlanPeriod period(Map<String, Object> variables, int currentYear) {
    Object type = variables.get(PERIOD_TYPE);
    Integer year = FieldChecks.integer(variables.get(PERIOD_YEAR));
    if (year == null || year < currentYear || year > currentYear + 1) {
      throw new SubmissionRefused("督导工作计划的年份只能是 " + currentYear + " 或 " + (currentYear + 1) + " 年");
    }
    try {
      if ("ANNUAL".equals(type)) {
        return new PlanPeriod(PlanType.ANNUAL, year, null);
      }
      if ("QUARTERLY".equals(type)) {
        return new PlanPeriod(PlanType.QUARTERLY, year, FieldChecks.integer(variables.get(PERIOD_QUARTER)));
      }
      if ("MONTHLY".equals(type)) {
        return new PlanPeriod(PlanType.MONTHLY, year, FieldChecks.integer(variables.get(PERIOD_MONTH)));
      }
    } catch (IllegalArgumentException wrongNumber) {
      throw new SubmissionRefused("季度督导工作计划须选择季度（1至4），月度督导工作计划须选择月份（1至12）");
    }
    throw new SubmissionRefused("请选择督导工作计划的类型（年度、季度或月度）");
  }

  private static PlannedAudit audit(Map<String, Object> row, String at, PlanPeriod period, Set<String> departments,
      Set<String> supervisorIds, LocalDate today, FieldChecks checks) {
    Object department = row.get("department");
    if (!(department instanceof String d) || !departments.contains(d)) {
      checks.add(at + "请选择被督导部门" + (department == null ? "" : "（“" + department + "”不是公司的部门）"));
    }
    LocalDate date = checks.date(row.get("onSiteDate"), at + "的督导日期");
    if (date != null && !date.isAfter(today)) {
      checks.add(at + "的督导日期须晚于今天（" + today + "），以便提前通知被督导部门");
    } else if (date != null && (date.isBefore(period.start()) || date.isAfter(period.end()))) {
      checks.add(at + "的督导日期 " + date + " 不在计划期间（" + period.start() + " 至 " + period.end() + "）内");
    }
    List<String> areaCodes = strings(row.get("focusAreas"), at + "的督导重点", checks);
    List<FocusArea> areas = areaCodes.stream().map(code -> FocusArea.parse(code).orElse(null)).toList();
    if (areaCodes.isEmpty()) {
      checks.add(at + "请至少选择一项督导重点");
    } else if (areas.contains(null)) {
      checks.add(at + "的督导重点只能是业务流程规范、服务质量、工作效率、风险管理或团队协作");
    }
    List<String> supervisors = strings(row.get("supervisors"), at + "的督导人员", checks);
    if (supervisors.isEmpty()) {
      checks.add(at + "请至少指派一名督导人员");
    }
    supervisors.stream().filter(s -> !supervisorIds.contains(s)).forEach(s -> checks.add(at + "：“" + s + "”不是运营督导人员"));
    boolean complete = department instanceof String d && departments.contains(d) && date != null && !areaCodes.isEmpty()
        && !areas.contains(null) && !supervisors.isEmpty();
    return complete ? new PlannedAudit((String) department, areas, supervisors, date) : null;
  }

  /** A checklist inside a list's row: Tasklist sends a list of texts. */
  private static List<String> strings(Object value, String field, FieldChecks checks) {
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).distinct().toList();
    }
    return checks.texts(value, field);
  }
}

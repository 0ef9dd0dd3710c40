package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;

/**
 * 《跨部门协作项目申请表》 and the 立项报告 as submitted (OC-4.1.1, CC-3.4), checked on the server. Another department's
 * taking part is optional: a department's own project is reviewed by its head and the route table (CC-3.4).
 */
record ProjectApplication(String name, String goal, String tasks, LocalDate startDate, LocalDate endDate,
    List<String> otherDepartments, String participants, String scope, String feasibility, BigDecimal budget,
    String customer) {

  /** 万元; a larger project is not planned in this form. */
  static final BigDecimal MAX_BUDGET = new BigDecimal("100000");

  static ProjectApplication from(Map<String, Object> variables, String ownDepartment, Set<String> departments,
      LocalDate today) {
    FieldChecks checks = new FieldChecks();
    String name = checks.text(variables.get(NAME), TextFields.NAME, true);
    String goal = checks.text(variables.get(GOAL), TextFields.GOAL, true);
    String tasks = checks.text(variables.get(TASKS), TextFields.TASKS, true);
    LocalDate start = checks.date(variables.get(START_DATE), "开始日期");
    LocalDate end = checks.date(variables.get(END_DATE), "完成日期");
    if (start != null && start.isBefore(today)) {
      checks.add("开始日期不能早于今天（" + today + "）");
    }
    if (start != null && end != null && !end.isAfter(start)) {
      checks.add("完成日期须晚于开始日期");
    }
    List<String> others = checks.texts(variables.get(OTHER_DEPARTMENTS), "参与部门");
    if (others.contains(ownDepartment)) {
      checks.add("参与部门不必包括本部门（发起部门自动参与）");
    }
    others.stream().filter(d -> !departments.contains(d)).forEach(d -> checks.add("部门“" + d + "”不存在"));
    String participants = checks.text(variables.get(PARTICIPANTS), TextFields.PARTICIPANTS, true);
    String scope = checks.text(variables.get(SCOPE), TextFields.SCOPE, true);
    String feasibility = checks.text(variables.get(FEASIBILITY), TextFields.FEASIBILITY, true);
    BigDecimal budget = amount(variables.get(BUDGET), "项目预算（万元）", checks);
    String customer = checks.text(variables.get(CUSTOMER), TextFields.CUSTOMER, false);
    checks.refuseIfAny();
    return new ProjectApplication(name, goal, tasks, start, end,
        others.stream().filter(d -> !d.equals(ownDepartment)).toList(), participants, scope, feasibility, budget,
        customer);
  }

  /** An amount in 万元 as a number field sends it: 0 to {@link #MAX_BUDGET}, two decimals at most. */
  static BigDecimal amount(Object value, String field, FieldChecks checks) {
    BigDecimal amount;
    try {
      amount = value instanceof Number number ? new BigDecimal(number.toString())
          : value instanceof String text && !text.isBlank() ? new BigDecimal(text.strip()) : null;
    } catch (NumberFormatException notANumber) {
      amount = null;
    }
    if (amount == null) {
      checks.add("请填写" + field + "（数字）");
      return null;
    }
    if (amount.signum() < 0 || amount.compareTo(MAX_BUDGET) > 0 || amount.stripTrailingZeros().scale() > 2) {
      checks.add(field + "应在 0 至 " + MAX_BUDGET.toPlainString() + " 之间，最多两位小数");
      return null;
    }
    return amount;
  }
}

package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;

/** 《跨部门协作项目申请表》 as submitted (OC-4.1.1), checked on the server. */
record ProjectApplication(String name, String goal, String tasks, LocalDate startDate, LocalDate endDate,
    List<String> otherDepartments, String participants) {

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
    if (others.stream().noneMatch(d -> !d.equals(ownDepartment) && departments.contains(d))) {
      checks.add("至少需要一个本部门以外的参与部门");
    }
    String participants = checks.text(variables.get(PARTICIPANTS), TextFields.PARTICIPANTS, true);
    checks.refuseIfAny();
    return new ProjectApplication(name, goal, tasks, start, end,
        others.stream().filter(d -> !d.equals(ownDepartment)).toList(), participants);
  }
}

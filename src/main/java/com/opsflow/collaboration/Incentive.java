package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;

/** A commendation (表彰, points added) or penalty (处罚, points deducted) of the collaboration group (OC-4.4). */
record Incentive(String department, String person, int points, String reason) {

  static final int MAX_INCENTIVES = 10;
  static final int MAX_POINTS = 20;

  static List<Incentive> listFrom(Map<String, Object> variables, Set<String> projectDepartments) {
    FieldChecks checks = new FieldChecks();
    List<Map<String, Object>> rows = FieldChecks.rows(variables.get(INCENTIVES));
    if (rows == null || rows.size() > MAX_INCENTIVES) {
      checks.add("表彰与处罚最多 " + MAX_INCENTIVES + " 条，请逐条填写");
      checks.refuseIfAny();
    }
    List<Incentive> incentives = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String at = "第 " + (i + 1) + " 条的";
      Object department = row.get("department");
      if (!projectDepartments.contains(department)) {
        checks.add(at + "部门须是本项目的参与部门");
      }
      String person = checks.text(row, at, TextFields.INCENTIVES_PERSON, false);
      Object kind = row.get("kind");
      if (!"COMMEND".equals(kind) && !"PENALISE".equals(kind)) {
        checks.add("请选择" + at + "类别（表彰或处罚）");
      }
      Integer points = FieldChecks.integer(row.get("points"));
      if (points == null || points < 1 || points > MAX_POINTS) {
        checks.add(at + "分值须在 1–" + MAX_POINTS + " 之间");
      }
      String reason = checks.text(row, at, TextFields.INCENTIVES_REASON, true);
      if (points != null) {
        incentives.add(new Incentive((String) department, person, "PENALISE".equals(kind) ? -points : points, reason));
      }
    }
    checks.refuseIfAny();
    return incentives;
  }
}

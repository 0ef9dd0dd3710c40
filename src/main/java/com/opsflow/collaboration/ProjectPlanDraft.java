package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;

/** The project plan as the lead submitted it (OC-4.2.1): phases with tasks, deadlines, responsible persons, deliverables. */
final class ProjectPlanDraft {

  static final int MAX_PHASES = 20;

  private ProjectPlanDraft() {
  }

  static List<ProjectPhase> phasesFrom(Map<String, Object> variables, LocalDate start, LocalDate end) {
    FieldChecks checks = new FieldChecks();
    List<Map<String, Object>> rows = FieldChecks.rows(variables.get(PHASES));
    if (rows == null || rows.isEmpty() || rows.size() > MAX_PHASES) {
      checks.add("项目计划至少需要 1 个阶段，最多 " + MAX_PHASES + " 个，并逐一填写");
      checks.refuseIfAny();
    }
    List<ProjectPhase> phases = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String at = "第 " + (i + 1) + " 阶段的";
      String name = checks.text(row, at, TextFields.PHASES_NAME, true);
      String tasks = checks.text(row, at, TextFields.PHASES_TASKS, true);
      LocalDate deadline = checks.date(row.get("deadline"), at + "时间节点");
      if (deadline != null && (deadline.isBefore(start) || deadline.isAfter(end))) {
        checks.add(at + "时间节点 " + deadline + " 不在项目期间（" + start + " 至 " + end + "）内");
      }
      String responsible = checks.text(row, at, TextFields.PHASES_RESPONSIBLE, true);
      String deliverables = checks.text(row, at, TextFields.PHASES_DELIVERABLES, true);
      phases.add(new ProjectPhase(name, tasks, deadline, responsible, deliverables));
    }
    checks.refuseIfAny();
    return phases;
  }
}

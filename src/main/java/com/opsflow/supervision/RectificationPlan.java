package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import java.time.LocalDate;
import java.util.Map;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.supervision.FindingRectificationProcess.TextFields;

/** A department's rectification plan for one finding (整改方案, SV-3.4): measures, 责任人, 整改期限. */
record RectificationPlan(String measures, String responsiblePerson, LocalDate deadline) {

  static RectificationPlan from(Map<String, Object> variables, LocalDate today) {
    FieldChecks checks = new FieldChecks();
    String measures = checks.text(variables.get(MEASURES), TextFields.MEASURES, true);
    String person = checks.text(variables.get(RECTIFICATION_RESPONSIBLE), TextFields.RECTIFICATION_RESPONSIBLE, true);
    LocalDate deadline = checks.date(variables.get(RECTIFICATION_DEADLINE), "整改期限");
    if (deadline != null && !deadline.isAfter(today)) {
      checks.add("整改期限须晚于今天（" + today + "）");
    }
    checks.refuseIfAny();
    return new RectificationPlan(measures, person, deadline);
  }
}

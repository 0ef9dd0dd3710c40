package com.opsflow.risk.warning;

import static com.opsflow.risk.warning.RiskWarningProcess.Variables.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;

import com.opsflow.kernel.FormValues;
import com.opsflow.organisation.Organisation;

/** What the warning's forms show of it: its header and the values past the threshold, latest last. */
final class WarningViews {

  private WarningViews() {
  }

  static Map<String, Object> of(RiskWarning warning, Organisation org) {
    Map<String, Object> view = new HashMap<>();
    view.put(WARNING_NUMBER, warning.number());
    view.put(DEPARTMENT, warning.department()); // from the record, whatever a submission carried
    view.put(DEPARTMENT_NAME, org.departmentName(warning.department()));
    view.put(KIND, warning.kind().label());
    view.put(LEVEL, warning.level().label());
    view.put(STATUS, warning.status().label());
    view.put(SUBJECT, warning.subject());
    view.put(DESCRIPTION, warning.description());
    view.put(READINGS_VIEW, readings(warning));
    return view;
  }

  private static TypedValue readings(RiskWarning warning) {
    return FormValues.json(warning.readings().stream().map(reading -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("period", reading.period());
      row.put("value", reading.reading().stripTrailingZeros().toPlainString());
      row.put("level", reading.level().label());
      return row;
    }).toList());
  }
}

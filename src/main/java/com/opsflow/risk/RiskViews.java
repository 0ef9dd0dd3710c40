package com.opsflow.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;

import com.opsflow.kernel.FormValues;

/** Risks as the review forms' tables show them. */
final class RiskViews {

  private RiskViews() {
  }

  static TypedValue items(List<RiskItem> items) {
    return FormValues.json(items.stream().map(item -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("category", item.category().label());
      row.put("description", item.description());
      row.put("likelihood", item.likelihood());
      row.put("impact", item.impact());
      row.put("level", item.level().label());
      row.put("kind", item.riskId() == null ? "新识别" : "重新评估");
      return row;
    }).toList());
  }

  static TypedValue risks(List<Risk> risks) {
    return FormValues.json(risks.stream().map(risk -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", risk.number());
      row.put("category", risk.category().label());
      row.put("description", risk.description());
      row.put("level", risk.level().label());
      return row;
    }).toList());
  }
}

package com.opsflow.plan.adjustment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the adjustment forms read: select options and tables, as Json variables Tasklist hands to form-js. */
final class AdjustmentForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AdjustmentForms() {
  }

  /** Options of a select or checklist: label shown, value submitted. */
  static TypedValue options(Map<String, String> labelByValue) {
    return json(labelByValue.entrySet().stream()
        .map(option -> Map.of("label", option.getValue(), "value", option.getKey())).toList());
  }

  static TypedValue changes(Collection<ItemChange> changes) {
    List<Map<String, Object>> rows = changes.stream().map(change -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kind", change.kind().label());
      row.put("itemNo", "第 " + change.itemNo() + " 项");
      row.put("before", change.before() == null ? "—" : change.before());
      row.put("after", change.after() == null ? "—" : change.after());
      return row;
    }).toList();
    return json(rows);
  }

  private static TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

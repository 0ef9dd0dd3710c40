package com.opsflow.plan.adjustment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;

import com.opsflow.kernel.FormValues;

/** What the adjustment forms read: select options and tables, as Json variables Tasklist hands to form-js. */
final class AdjustmentForms {

  private AdjustmentForms() {
  }

  static TypedValue options(Map<String, String> labelByValue) {
    return FormValues.options(labelByValue);
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
    return FormValues.json(rows);
  }
}

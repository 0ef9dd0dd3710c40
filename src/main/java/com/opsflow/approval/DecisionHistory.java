package com.opsflow.approval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.opsflow.kernel.CompanyClock;

/**
 * The decision trail as forms show it: a Json variable, because Tasklist hands Json variables to
 * form-js tables as lists.
 */
public final class DecisionHistory {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DecisionHistory() {
  }

  public static TypedValue of(List<TrailEntry> trail, CompanyClock clock) {
    List<Map<String, String>> rows = trail.stream().map(entry -> {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("step", entry.step());
      row.put("action", entry.action());
      row.put("actor", entry.actorName());
      row.put("time", clock.format(entry.occurredAt()));
      row.put("comment", entry.comment() == null ? "" : entry.comment());
      return row;
    }).toList();
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

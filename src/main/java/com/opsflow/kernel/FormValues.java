package com.opsflow.kernel;

import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;


/** Values forms read: Json variables, which Tasklist hands to form-js as lists for selects and tables. */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {
  }

  /** Options of a select or checklist: label shown, value submitted. */
  public static TypedValue options(Map<String, String> labelByValue) {
    return json(labelByValue.entrySet().stream()
        .map(option -> Map.of("label", option.getValue(), "value", option.getKey())).toList());
  }

  public static TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

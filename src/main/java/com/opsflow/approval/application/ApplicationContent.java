package com.opsflow.approval.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.approval.DeployedForms;
import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Privileged;

/**
 * What an application says, in the words of its own forms: every field of the process's forms that holds a value, with
 * the form's label, an option's label instead of its code, a dynamic list as a table. The 审批单 prints it; nothing is
 * written per process, so a field a process owner adds in the Modeler is printed too. The review decision fields are
 * left out — the decisions are in the trail.
 */
@Component
class ApplicationContent {

  /** One line of the content: a label and its value, or a list (a table with its column names). */
  record Item(String label, String value, List<String> columns, List<List<String>> rows) {
  }

  private static final Set<String> DECISION_FIELDS = Set.of(ReviewVariables.DECISION, ReviewVariables.DECISION_COMMENT,
      ReviewVariables.RETURN_TO);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DeployedForms forms;
  private final HistoryService historyService;
  private final Privileged privileged;
  private final CompanyClock clock;
  private final Map<String, List<JsonNode>> fieldsByDefinition = new ConcurrentHashMap<>();

  ApplicationContent(DeployedForms forms, HistoryService historyService, Privileged privileged, CompanyClock clock) {
    this.forms = forms;
    this.historyService = historyService;
    this.privileged = privileged;
    this.clock = clock;
  }

  List<Item> of(HistoricProcessInstance instance) {
    Map<String, Object> values = new HashMap<>();
    privileged.call(() -> historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .list()).forEach(variable -> values.putIfAbsent(variable.getName(), value(variable)));
    List<Item> items = new ArrayList<>();
    for (JsonNode field : fieldsByDefinition.computeIfAbsent(instance.getProcessDefinitionId(), this::fieldsOf)) {
      Object value = values.get(field.path("key").asText(field.path("path").asText()));
      if (value == null || value instanceof String text && text.isBlank()) {
        continue;
      }
      if ("dynamiclist".equals(field.path("type").asText()) && value instanceof Collection<?> list) {
        List<JsonNode> columns = new ArrayList<>();
        field.path("components").forEach(child -> {
          if (child.has("key")) {
            columns.add(child);
          }
        });
        List<List<String>> rows = new ArrayList<>();
        for (Object row : list) {
          Map<?, ?> cells = row instanceof Map<?, ?> map ? map : Map.of();
          rows.add(columns.stream().map(column -> text(column, cells.get(column.path("key").asText()))).toList());
        }
        items.add(new Item(label(field), null, columns.stream().map(ApplicationContent::label).toList(), rows));
      } else if (!(value instanceof Collection<?>) || "checklist".equals(field.path("type").asText())) {
        items.add(new Item(label(field), text(field, value), List.of(), List.of()));
      }
    }
    return items;
  }

  private Object value(HistoricVariableInstance variable) {
    Object value = variable.getValue();
    if (value != null && "json".equals(variable.getTypeName())) {
      try {
        return JSON.readValue(value.toString(), Object.class); // a form's list arrives as JSON (Spin)
      } catch (IOException notJson) {
        return value.toString();
      }
    }
    return value;
  }

  /** The fields of the forms the process's start event and user tasks name, in the order the diagram lists them. */
  private List<JsonNode> fieldsOf(String processDefinitionId) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    forms.of(processDefinitionId).forEach(form -> collect(form.path("components"), fields));
    return List.copyOf(fields.values());
  }

  private static void collect(JsonNode components, Map<String, JsonNode> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if ("dynamiclist".equals(type)) {
        fields.putIfAbsent(component.path("path").asText(), component);
      } else if ("group".equals(type)) {
        collect(component.path("components"), fields);
      } else if (component.has("key") && !DECISION_FIELDS.contains(component.path("key").asText())) {
        fields.putIfAbsent(component.path("key").asText(), component);
      }
    }
  }

  private static String label(JsonNode field) {
    String label = field.path("label").asText(field.path("dateLabel").asText(""));
    return label.isEmpty() ? field.path("key").asText() : label;
  }

  /** A value as people read it: an option's label, 是/否, a date as the company writes it. */
  private String text(JsonNode field, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean yes) {
      return yes ? "是" : "否";
    }
    if (value instanceof Date date) {
      return clock.format(date.toInstant());
    }
    if (value instanceof Collection<?> chosen) {
      return String.join("、", chosen.stream().map(one -> optionLabel(field, one)).toList());
    }
    return optionLabel(field, value);
  }

  private static String optionLabel(JsonNode field, Object value) {
    for (JsonNode option : field.path("values")) {
      if (option.path("value").asText().equals(String.valueOf(value))) {
        return option.path("label").asText();
      }
    }
    return String.valueOf(value);
  }
}

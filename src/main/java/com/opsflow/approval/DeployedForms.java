package com.opsflow.approval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.kernel.Privileged;

/**
 * The Camunda Forms a process was deployed with, read once per deployment: which form a step shows, and what the form
 * asks — for code that reads an application in its forms' words (the 审批单) or asks whether a step is a review.
 */
@Component
public class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repositoryService;
  private final Privileged privileged;
  private final Map<String, Map<String, JsonNode>> formsByDeployment = new ConcurrentHashMap<>();

  DeployedForms(RepositoryService repositoryService, Privileged privileged) {
    this.repositoryService = repositoryService;
    this.privileged = privileged;
  }

  /** The forms of the process's start event and user tasks, in the order the diagram lists them. */
  public List<JsonNode> of(String processDefinitionId) {
    return privileged.call(() -> {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
      List<String> formIds = new ArrayList<>();
      model.getModelElementsByType(StartEvent.class).forEach(start -> formIds.add(start.getCamundaFormRef()));
      model.getModelElementsByType(UserTask.class).forEach(task -> formIds.add(task.getCamundaFormRef()));
      Map<String, JsonNode> forms = formsOf(processDefinitionId);
      return formIds.stream().filter(id -> id != null && forms.containsKey(id)).map(forms::get).toList();
    });
  }

  /** The form a user task shows, if it has one. */
  public Optional<JsonNode> ofStep(String processDefinitionId, String taskKey) {
    return privileged.call(() -> {
      UserTask step = repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
      String formRef = step == null ? null : step.getCamundaFormRef();
      return formRef == null ? Optional.<JsonNode>empty() : Optional.ofNullable(formsOf(processDefinitionId).get(formRef));
    });
  }

  /**
   * What a step's form lets people submit: its fields' keys and its dynamic lists' paths (a list's rows are one
   * variable); empty when the step shows no deployed form.
   */
  public Optional<Set<String>> fieldsOf(String processDefinitionId, String taskKey) {
    return ofStep(processDefinitionId, taskKey).map(form -> {
      Set<String> fields = new HashSet<>();
      collect(form, fields);
      return fields;
    });
  }

  private static void collect(JsonNode container, Set<String> fields) {
    for (JsonNode component : container.path("components")) {
      String type = component.path("type").asText();
      if (type.equals("dynamiclist") || type.equals("group")) {
        if (component.hasNonNull("path") && !component.path("path").asText().isEmpty()) {
          fields.add(component.path("path").asText());
          continue; // the list's own fields are inside its rows
        }
      } else if (component.hasNonNull("key")) {
        fields.add(component.path("key").asText());
      }
      collect(component, fields);
    }
  }

  private Map<String, JsonNode> formsOf(String processDefinitionId) {
    String deployment = repositoryService.getProcessDefinition(processDefinitionId).getDeploymentId();
    return formsByDeployment.computeIfAbsent(deployment, id -> {
      Map<String, JsonNode> forms = new HashMap<>();
      for (String resource : repositoryService.getDeploymentResourceNames(id)) {
        if (resource.endsWith(".form")) {
          try (InputStream in = repositoryService.getResourceAsStream(id, resource)) {
            JsonNode form = JSON.readTree(in);
            forms.put(form.path("id").asText(), form);
          } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
          }
        }
      }
      return forms;
    });
  }
}

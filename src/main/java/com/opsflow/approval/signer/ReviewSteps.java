package com.opsflow.approval.signer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.Privileged;

/** Which steps are review steps — their form asks for a 审批结论 — so that people can be added to them. */
@Component
class ReviewSteps {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repositoryService;
  private final Privileged privileged;
  private final Map<String, Boolean> known = new ConcurrentHashMap<>();

  ReviewSteps(RepositoryService repositoryService, Privileged privileged) {
    this.repositoryService = repositoryService;
    this.privileged = privileged;
  }

  boolean isReview(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return false;
    }
    return known.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> privileged.call(() -> asksForADecision(task.getProcessDefinitionId(), task.getTaskDefinitionKey())));
  }

  private boolean asksForADecision(String processDefinitionId, String taskKey) {
    UserTask step = repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
    String formRef = step == null ? null : step.getCamundaFormRef();
    if (formRef == null) {
      return false;
    }
    String deployment = repositoryService.getProcessDefinition(processDefinitionId).getDeploymentId();
    for (String resource : repositoryService.getDeploymentResourceNames(deployment)) {
      if (!resource.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repositoryService.getResourceAsStream(deployment, resource)) {
        JsonNode form = JSON.readTree(in);
        if (formRef.equals(form.path("id").asText())) {
          return form.findValuesAsText("key").contains(ReviewVariables.DECISION);
        }
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
    return false;
  }
}

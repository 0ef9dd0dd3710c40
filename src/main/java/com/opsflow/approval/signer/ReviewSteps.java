package com.opsflow.approval.signer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DeployedForms;
import com.opsflow.approval.ReviewVariables;

/** Which steps are review steps — their form asks for a 审批结论 — so that people can be added to them. */
@Component
class ReviewSteps {

  private final DeployedForms forms;
  private final Map<String, Boolean> known = new ConcurrentHashMap<>();

  ReviewSteps(DeployedForms forms) {
    this.forms = forms;
  }

  boolean isReview(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return false;
    }
    return known.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> forms.ofStep(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
            .map(form -> form.findValuesAsText("key").contains(ReviewVariables.DECISION)).orElse(false));
  }
}

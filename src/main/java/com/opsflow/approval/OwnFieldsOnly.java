package com.opsflow.approval;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

import com.opsflow.kernel.SubmissionRefused;

/**
 * A task's submission sets the fields of the task's form and nothing else: the engine writes every submitted variable
 * where it finds one, so a REST client adding, say, {@code supervisorList} or {@code department} to an answer would
 * otherwise change who works the next step. Refused in Chinese, the task stays open; the kernel's own extras (抄送)
 * are allowed on every form.
 */
final class OwnFieldsOnly implements TaskFormHandler {

  static final Set<String> KERNEL_FIELDS = Set.of(ApplicationProcess.CC_RECIPIENTS);

  private final TaskFormHandler handler;
  private final Supplier<DeployedForms> forms;

  OwnFieldsOnly(TaskFormHandler handler, Supplier<DeployedForms> forms) {
    this.handler = handler;
    this.forms = forms;
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    handler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    return handler.createTaskForm(task);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    if (properties != null && !properties.isEmpty() && variableScope instanceof TaskEntity task) {
      forms.get().fieldsOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).ifPresent(fields -> {
        List<String> unknown = properties.keySet().stream()
            .filter(key -> !fields.contains(key) && !KERNEL_FIELDS.contains(key)).sorted().toList();
        if (!unknown.isEmpty()) {
          throw new SubmissionRefused("此环节的表单没有这些字段，不能提交：" + String.join("、", unknown) + "。");
        }
      });
    }
    handler.submitFormVariables(properties, variableScope);
  }
}

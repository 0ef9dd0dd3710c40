package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Elements.*;
import static com.opsflow.plan.PlanFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.opsflow.support.CleanSlate;
import com.opsflow.support.EngineTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deadlines per process and step come from processes/task-deadline.dmn; a process owner changes one
 * there, without Java, and the overdue task shows up in 已逾期.
 */
class ReviewDeadlinesTest extends EngineTest {

  static final String DRAFTER = "wangfang";
  static final String MARKETING_HEAD = "lina";
  static final String CHANGED_TABLE = "task-deadline (流程管理员修改)";

  @AfterEach
  void restoreTheTable() {
    engine.getRepositoryService().createDeploymentQuery().deploymentName(CHANGED_TABLE).list()
        .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
  }

  ProcessInstance submit() {
    return submit(DRAFTER);
  }

  ProcessInstance submit(String drafter) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(OperationPlanApprovalProcess.KEY).latestVersion().singleResult().getId();
    return acting.as(drafter, () -> engine.getFormService().submitStartForm(definitionId, annualPlan(2027)));
  }

  Task taskOf(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  @Test
  void theHeadsReviewIsDueTwoDaysAfterItArrivesAsTheTableSays() {
    ProcessInstance instance = submit();

    Task review = taskOf(instance);
    assertThat(review.getTaskDefinitionKey()).isEqualTo(REVIEW_BY_DEPARTMENT_HEAD);
    assertThat(review.getDueDate()).isEqualTo(Date.from(CleanSlate.TODAY.plus(Duration.ofDays(2))));
  }

  @Test
  void theRevisionIsDueFiveDaysAfterTheReturnAsTheTableSays() {
    ProcessInstance instance = submit();
    acting.as(MARKETING_HEAD, () -> engine.getFormService().submitTaskForm(taskOf(instance).getId(), decision("RETURN", "请补充资源需求")));

    Task revise = taskOf(instance);
    assertThat(revise.getTaskDefinitionKey()).isEqualTo(REVISE_PLAN);
    assertThat(revise.getDueDate()).isEqualTo(Date.from(CleanSlate.TODAY.plus(Duration.ofDays(5))));
  }

  @Test
  void everyUserTaskOfEveryDiagramHasADeadlineFromTheTableOrItsDiagram() throws Exception {
    List<String> without = new java.util.ArrayList<>();
    try (var files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        var model = org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(file.toFile());
        String processKey = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
            .iterator().next().getId();
        for (var task : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)) {
          if (task.getCamundaDueDate() != null) {
            continue;
          }
          var rule = engine.getDecisionService().evaluateDecisionByKey("task-deadline")
              .variables(Map.of("processKey", processKey, "taskKey", task.getId())).evaluate().getFirstResult();
          Object dueIn = rule == null ? null : rule.getEntryMap().get("dueIn");
          if (dueIn == null || dueIn.toString().isBlank()) {
            without.add(processKey + "/" + task.getId());
          }
        }
      }
    }
    // the lead's monitoring lasts the whole execution phase, whose end is the project plan's own date
    assertThat(without).containsExactly("collaboration-project/Task_MonitorExecution");
  }

  @Test
  void anOverdueReviewShowsInTheOverdueFilterOfTheHead() {
    ProcessInstance instance = submit();
    String overdue = engine.getFilterService().createFilterQuery().filterName("已逾期").singleResult().getId();

    List<Task> beforeTheDeadline = acting.as(MARKETING_HEAD, () -> engine.getFilterService().<Task>list(overdue));
    ClockUtil.setCurrentTime(Date.from(CleanSlate.TODAY.plus(Duration.ofDays(2)).plusSeconds(60)));
    List<Task> afterIt = acting.as(MARKETING_HEAD, () -> engine.getFilterService().<Task>list(overdue));

    assertThat(beforeTheDeadline).isEmpty();
    assertThat(afterIt).extracting(Task::getProcessInstanceId).containsExactly(instance.getId());
  }

  @Test
  void aProcessOwnerChangesADeadlineInTheTableAndOnlyNewTasksFollowIt() throws Exception {
    ProcessInstance before = submit(DRAFTER);
    String table = Files.readString(Path.of("processes", "task-deadline.dmn"), StandardCharsets.UTF_8)
        .replace("<text>\"P2D\"</text>", "<text>\"P5D\"</text>");
    engine.getRepositoryService().createDeployment().name(CHANGED_TABLE)
        .addString("task-deadline.dmn", table).deploy();

    ProcessInstance after = submit("sunli");

    assertThat(taskOf(after).getDueDate()).isEqualTo(Date.from(CleanSlate.TODAY.plus(Duration.ofDays(5))));
    assertThat(taskOf(before).getDueDate()).isEqualTo(Date.from(CleanSlate.TODAY.plus(Duration.ofDays(2))));
  }
}

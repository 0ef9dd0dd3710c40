package com.opsflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.support.EngineTest;

/**
 * 会签 and 或签 as completion conditions, on a small diagram with three reviewers (the collaboration
 * project's plan review is the 会签 in production; see CollaborationProjectProcessTest).
 */
class CountersignTest extends EngineTest {

  static final List<String> REVIEWERS = List.of("yangjianguo", "xulan", "zhoumin");

  @BeforeEach
  void deploy() {
    engine.getRepositoryService().createDeployment().name("countersign-modes").enableDuplicateFiltering(true)
        .addClasspathResource("countersign/countersign-modes.bpmn").deploy();
  }

  ProcessInstance start(String mode) {
    return engine.getRuntimeService().startProcessInstanceByKey("countersign-modes", Map.of("mode", mode, "reviewers", REVIEWERS));
  }

  void decide(ProcessInstance instance, String reviewer, String decision) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskAssignee(reviewer).singleResult();
    assertThat(task).as("task of " + reviewer).isNotNull();
    engine.getFormService().submitTaskForm(task.getId(), decision.equals("APPROVE") ? Map.of("decision", decision)
        : Map.of("decision", decision, "decisionComment", "需要修改"));
  }

  List<String> waiting(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().stream().map(Task::getName).toList();
  }

  @Test
  void countersignWaitsForEveryApproval() {
    ProcessInstance instance = start("all");
    decide(instance, "yangjianguo", "APPROVE");
    decide(instance, "xulan", "APPROVE");
    assertThat(waiting(instance)).containsExactly("会签");
    decide(instance, "zhoumin", "APPROVE");
    assertThat(waiting(instance)).containsExactly("结果");
  }

  @Test
  void aReturnInACountersignEndsTheRoundForEveryone() {
    ProcessInstance instance = start("all");
    decide(instance, "yangjianguo", "APPROVE");
    decide(instance, "xulan", "RETURN");
    assertThat(waiting(instance)).containsExactly("结果");
  }

  @Test
  void inAnOrSignTheFirstDecisionCountsForAll() {
    ProcessInstance instance = start("any");
    assertThat(waiting(instance)).containsExactly("或签", "或签", "或签");
    decide(instance, "zhoumin", "APPROVE");
    assertThat(waiting(instance)).containsExactly("结果");
  }

  @Test
  void anInvalidDecisionIsRefusedAndTheReviewerKeepsTheTask() {
    ProcessInstance instance = start("any");
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskAssignee("xulan").singleResult();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task.getId(),
        Map.of("decision", "RETURN"))).isInstanceOf(SubmissionRefused.class).hasMessageContaining("退回修改时必须填写审批意见");
    assertThat(waiting(instance)).containsExactly("或签", "或签", "或签");
  }
}

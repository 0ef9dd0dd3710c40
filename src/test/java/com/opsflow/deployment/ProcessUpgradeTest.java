package com.opsflow.deployment;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.approve;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanStatus;
import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/**
 * A new version of operation-plan-approval deployed while plans are in review: the running ones finish on
 * the version they started on, and one is moved to the new version with Camunda's migration API, as the
 * README's upgrade procedure does it.
 */
class ProcessUpgradeTest extends EngineTest {

  static final String TRIAL = "upgrade-trial";

  @Autowired
  TestRestTemplate http;
  @Autowired
  OperationPlans plans;

  @AfterEach
  void removeTheNewVersion() {
    engine.getRepositoryService().createDeploymentQuery().deploymentName(TRIAL).list()
        .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
  }

  ProcessInstance submitAndPassTheHead(String drafter, String head) {
    String v1 = latest().getId();
    ProcessInstance instance = acting.as(drafter, () -> engine.getFormService().submitStartForm(v1, annualPlan(2027)));
    decide(head, instance);
    return instance;
  }

  void decide(String user, ProcessInstance instance) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), approve()));
  }

  ProcessDefinition latest() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("operation-plan-approval")
        .latestVersion().singleResult();
  }

  @Test
  void runningPlansFinishOnTheirVersionOrAreMigratedToTheNewOne() throws IOException {
    ProcessInstance staying = submitAndPassTheHead("wangfang", "lina");
    ProcessInstance moving = submitAndPassTheHead("sunli", "zhaoqiang");
    String v1 = latest().getId();

    String changed = Files.readString(Path.of("processes", "operation-plan-approval.bpmn"), StandardCharsets.UTF_8)
        .replace("name=\"管理层审批\"", "name=\"公司管理层审批\"");
    engine.getRepositoryService().createDeployment().name(TRIAL)
        .addString("operation-plan-approval.bpmn", changed)
        .addString("operation-plan-draft.form", Files.readString(Path.of("forms", "operation-plan-draft.form")))
        .addString("operation-plan-review.form", Files.readString(Path.of("forms", "operation-plan-review.form")))
        .addString("plan-parent-links.form", Files.readString(Path.of("forms", "plan-parent-links.form")))
        .deploy();
    String v2 = latest().getId();
    assertThat(v2).isNotEqualTo(v1);

    RestClient admin = new RestClient(http, "admin", "demo");
    ResponseEntity<Map<String, Object>> plan = admin.post("/migration/generate",
        Map.of("sourceProcessDefinitionId", v1, "targetProcessDefinitionId", v2, "updateEventTriggers", true));
    assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin.postForText("/migration/execute", Map.of("migrationPlan", plan.getBody(),
        "processInstanceIds", List.of(moving.getId()))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(moving.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(v2);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(staying.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(v1);
    for (ProcessInstance instance : List.of(staying, moving)) {
      decide("wulei", instance);
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(staying.getId()).singleResult().getName())
        .isEqualTo("管理层审批");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(moving.getId()).singleResult().getName())
        .isEqualTo("公司管理层审批");
    for (ProcessInstance instance : List.of(staying, moving)) {
      decide("yangjianguo", instance);
    }
    assertThat(plans.findAll()).extracting(p -> p.status()).containsExactly(PlanStatus.APPROVED, PlanStatus.APPROVED);
    assertThat(new RestClient(http, "liuyang", "demo").postForText("/migration/execute", Map.of("migrationPlan", plan.getBody(),
        "processInstanceIds", List.of(staying.getId()))).getStatusCode())
        .as("moving instances is for administrators, not process owners").isEqualTo(HttpStatus.FORBIDDEN);
  }
}

package com.opsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.opsflow.support.EngineTest;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A process owner deploys from Camunda Modeler's deploy button, which posts the diagram (and the forms
 * chosen with it) to /engine-rest/deployment/create with the owner's own login. Only 流程管理员 may, and
 * a deployment that would break is refused with the reason before anything is deployed.
 */
class SafeRedeploymentTest extends EngineTest {

  static final String OWNER = "liuyang";
  static final String KEY = "owner-change-trial";

  @Autowired
  TestRestTemplate http;

  @AfterEach
  void removeTrialDeployments() {
    engine.getRepositoryService().createDeploymentQuery().deploymentName(KEY).list()
        .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
  }

  @Test
  void aProcessOwnerDeploysAChangedDiagramAndRunningInstancesKeepTheirVersion() {
    assertThat(deploy(OWNER, diagram("${putPlanInForce}", "部门负责人审核"), form()).getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessInstance running = engine.getRuntimeService().startProcessInstanceByKey(KEY);

    ResponseEntity<Map<String, Object>> changed = deploy(OWNER, diagram("${putPlanInForce}", "部门负责人复核"), form());

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(KEY).latestVersion().singleResult();
    assertThat(latest.getVersion()).isEqualTo(2);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running.getId())
        .singleResult().getProcessDefinitionId()).isNotEqualTo(latest.getId());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(running.getId()).singleResult().getName())
        .isEqualTo("部门负责人审核");
  }

  @Test
  void aDiagramNamingABeanTheApplicationDoesNotHaveIsRefusedWithTheReason() {
    ResponseEntity<Map<String, Object>> refused = deploy(OWNER, diagram("${putPlanLive}", "部门负责人审核"), form());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("部署被拒绝", "组件 “putPlanLive” 在应用中不存在");
    assertNothingDeployed();
  }

  @Test
  void aDiagramWithoutItsFormIsRefused() {
    ResponseEntity<Map<String, Object>> refused = deploy(OWNER, diagram("${putPlanInForce}", "部门负责人审核"), null);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("表单 “owner-trial-review” 不在本次部署中");
    assertNothingDeployed();
  }

  @Test
  void anInvalidDecisionTableIsRefused() {
    String table = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="trial" name="试验" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="trial-route" name="试验路线">
            <decisionTable id="table" hitPolicy="UNIQUE">
              <input id="in" label="计划类型"><inputExpression id="expr" typeRef="string"><text>planType</text></inputExpression></input>
              <output id="out" label="路线" name="route" typeRef="string" />
              <rule id="r1"><inputEntry id="e1"><text>"ANNUAL"</text></inputEntry><outputEntry id="o1"><text>"FULL"</text></outputEntry><outputEntry id="o2"><text>"EXTRA"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;
    ResponseEntity<Map<String, Object>> refused = deploy(OWNER, Map.of("trial-route.dmn", table));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("trial-route.dmn 决策表无效");
    assertNothingDeployed();
  }

  @Test
  void nobodyButProcessOwnersMayDeploy() {
    ResponseEntity<Map<String, Object>> head = deploy("lina", diagram("${putPlanInForce}", "部门负责人审核"), form());
    ResponseEntity<Map<String, Object>> manager = deploy("yangjianguo", diagram("${putPlanInForce}", "部门负责人审核"), form());

    assertThat(head.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertNothingDeployed();
  }

  private void assertNothingDeployed() {
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(KEY).count()).isZero();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isZero();
  }

  private ResponseEntity<Map<String, Object>> deploy(String user, String diagram, String form) {
    Map<String, String> files = form == null
        ? Map.of(KEY + ".bpmn", diagram)
        : Map.of(KEY + ".bpmn", diagram, "owner-trial-review.form", form);
    return deploy(user, files);
  }

  /** What Modeler's deploy button sends: a multipart form with the deployment's name and its files. */
  private ResponseEntity<Map<String, Object>> deploy(String user, Map<String, String> files) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", KEY);
    parts.add("deployment-source", "Camunda Modeler");
    files.forEach((name, content) -> parts.add(name, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    }));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    headers.setBasicAuth(user, "demo");
    return http.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers),
        new ParameterizedTypeReference<>() { });
  }

  private static String diagram(String delegate, String reviewName) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="trial" targetNamespace="http://opsflow.example.com/bpmn">
          <bpmn:process id="%s" name="试验流程" isExecutable="true" camunda:historyTimeToLive="P30D">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="review" />
            <bpmn:userTask id="review" name="%s" camunda:candidateGroups="mktHead" camunda:formRef="owner-trial-review" camunda:formRefBinding="deployment" />
            <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="apply" />
            <bpmn:serviceTask id="apply" name="计划生效" camunda:delegateExpression="%s" />
            <bpmn:sequenceFlow id="f3" sourceRef="apply" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(KEY, reviewName, delegate);
  }

  private static String form() {
    return """
        {"id": "owner-trial-review", "type": "default", "schemaVersion": 16,
         "components": [{"type": "textfield", "key": "decisionComment", "label": "审核意见"}]}
        """;
  }
}

package com.opsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.support.OpsflowTest;

/** processes/ and forms/ reach the engine once per change, each process next to its forms. */
@OpsflowTest
class ProcessDeployerTest {

  @Autowired
  ProcessDeployer deployer;
  @Autowired
  RepositoryService repositoryService;

  @Test
  void deployingUnchangedFilesAgainCreatesNoNewVersion() {
    long deployments = repositoryService.createDeploymentQuery().count();
    long definitions = repositoryService.createProcessDefinitionQuery().count();

    deployer.deployAll();

    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
  }

  @Test
  void eachProcessIsDeployedWithItsFormsUnderRelativeNames() {
    var definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult();
    assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
        .containsExactlyInAnyOrder("processes/operation-plan-approval.bpmn",
            "forms/operation-plan-draft.form", "forms/operation-plan-review.form", "forms/plan-parent-links.form");
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("plan-approval-route").count())
        .isEqualTo(1);
  }

  @Test
  void theFormReferencesOfADiagramAreFound() {
    assertThat(ProcessDeployer.referencedForms("""
        <bpmn:userTask id="a" camunda:formRef="x" /><bpmn:userTask id="b" camunda:formRef="y" />
        <bpmn:userTask id="c" camunda:formRef="x" />"""))
        .containsExactly("x", "y");
  }
}

package com.opsflow.deployment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Refuses a deployment that would break at run time, before any instance can use it: a delegate or
 * listener bean the application does not have, a Java class it cannot load, a form the diagram binds
 * to its own deployment but that is not in it, a decision table the engine cannot evaluate. Runs
 * inside the deploy command, so a refusal leaves nothing deployed; the REST API answers 400 with the
 * reasons, which Camunda Modeler shows under its deploy button.
 */
class DeploymentGuard implements Deployer {

  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{\\s*(\\w+)\\s*}\"");
  private static final Pattern JAVA_CLASS = Pattern.compile("camunda:class=\"([\\w.$]+)\"");

  private final BeanFactory beans;
  private final ObjectMapper json = new ObjectMapper();

  DeploymentGuard(BeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return; // redeploying into the cache after a restart: it was checked when it was created
    }
    List<String> problems = new ArrayList<>();
    Set<String> forms = formIds(deployment, problems);
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName();
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        checkDiagram(name, new String(resource.getBytes(), StandardCharsets.UTF_8), forms, problems);
      } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        checkDecisions(name, resource.getBytes(), problems);
      }
    }
    if (!problems.isEmpty()) {
      List<Problem> none = List.of();
      throw new ParseException("部署被拒绝：" + String.join("；", problems), deployment.getName(), none, none);
    }
  }

  private void checkDiagram(String resource, String xml, Set<String> forms, List<String> problems) {
    Set<String> reported = new HashSet<>();
    Matcher delegate = DELEGATE.matcher(xml);
    while (delegate.find()) {
      String bean = delegate.group(1);
      if (!beans.containsBean(bean) && reported.add(bean)) {
        problems.add(resource + " 使用的组件 “" + bean + "” 在应用中不存在");
      }
    }
    Matcher javaClass = JAVA_CLASS.matcher(xml);
    while (javaClass.find()) {
      if (!ClassUtils.isPresent(javaClass.group(1), getClass().getClassLoader()) && reported.add(javaClass.group(1))) {
        problems.add(resource + " 使用的类 “" + javaClass.group(1) + "” 在应用中不存在");
      }
    }
    for (String form : ProcessDeployer.formsBoundToDeployment(xml)) {
      if (!forms.contains(form) && reported.add(form)) {
        problems.add(resource + " 引用的表单 “" + form + "” 不在本次部署中，请把表单文件一起部署");
      }
    }
  }

  private void checkDecisions(String resource, byte[] bytes, List<String> problems) {
    try {
      Context.getProcessEngineConfiguration().getDmnEngine()
          .parseDecisionRequirementsGraph(new ByteArrayInputStream(bytes));
    } catch (RuntimeException invalid) {
      problems.add(resource + " 决策表无效（" + invalid.getMessage() + "）");
    }
  }

  private Set<String> formIds(DeploymentEntity deployment, List<String> problems) {
    Set<String> ids = new HashSet<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".form")) {
        try {
          ids.add(json.readTree(resource.getBytes()).path("id").asText());
        } catch (java.io.IOException unreadable) {
          problems.add(resource.getName() + " 不是有效的表单文件");
        }
      }
    }
    return ids;
  }
}

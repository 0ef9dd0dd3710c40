package com.opsflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every diagram as its own bundle: the BPMN file together with the forms it references,
 * and every DMN file alone.
 *
 * <p>Why not the starter's auto-deployment: it names resources by absolute file path outside a jar
 * (so names differ between IDE, tests and the packaged app), and it redeploys either everything or
 * only changed files. Forms bound with {@code formRefBinding="deployment"} must sit in the same
 * deployment as their process, so "changed files only" breaks them, and "everything" gives every
 * unchanged process a new version. A bundle per process keeps unchanged processes on their version
 * and keeps each process next to its forms.
 */
@Component
class ProcessDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployer.class);
  private static final Pattern FORM_REF = Pattern.compile("<[^>]*camunda:formRef=\"([^\"]+)\"[^>]*>");
  private static final String DEPLOYMENT_BINDING = "camunda:formRefBinding=\"deployment\"";

  private final RepositoryService repositoryService;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  ProcessDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  @EventListener(ApplicationStartedEvent.class)
  void deployAll() {
    Map<String, Resource> forms = resources("forms/*.form");
    for (var bpmn : resources("processes/*.bpmn").entrySet()) {
      String xml = read(bpmn.getValue());
      DeploymentBuilder deployment = bundle(bpmn.getKey()).addString("processes/" + bpmn.getKey(), xml);
      for (String formId : referencedForms(xml)) {
        Resource form = forms.get(formId + ".form");
        if (form == null) {
          throw new IllegalStateException("processes/" + bpmn.getKey() + " references missing form forms/" + formId + ".form");
        }
        deployment.addString("forms/" + formId + ".form", read(form));
      }
      deployment.deployWithResult();
    }
    for (var dmn : resources("processes/*.dmn").entrySet()) {
      bundle(dmn.getKey()).addString("processes/" + dmn.getKey(), read(dmn.getValue())).deployWithResult();
    }
  }

  private DeploymentBuilder bundle(String fileName) {
    String name = fileName.substring(0, fileName.lastIndexOf('.'));
    LOG.debug("deploying bundle {}", name);
    // duplicate filtering on the whole bundle: an unchanged bundle creates no deployment at all
    return repositoryService.createDeployment().name(name).source("opsflow").enableDuplicateFiltering(false);
  }

  static Set<String> referencedForms(String bpmnXml) {
    return formReferences(bpmnXml, false);
  }

  /** The forms a diagram expects in its own deployment ({@code formRefBinding="deployment"}). */
  static Set<String> formsBoundToDeployment(String bpmnXml) {
    return formReferences(bpmnXml, true);
  }

  private static Set<String> formReferences(String bpmnXml, boolean boundToDeploymentOnly) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher matcher = FORM_REF.matcher(bpmnXml);
    while (matcher.find()) {
      if (!boundToDeploymentOnly || matcher.group().contains(DEPLOYMENT_BINDING)) {
        ids.add(matcher.group(1));
      }
    }
    return ids;
  }

  private Map<String, Resource> resources(String pattern) {
    try {
      Map<String, Resource> byName = new TreeMap<>();
      for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
        byName.putIfAbsent(resource.getFilename(), resource);
      }
      return byName;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}

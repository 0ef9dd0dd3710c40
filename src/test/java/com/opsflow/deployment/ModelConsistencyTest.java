package com.opsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Walks processes/ and forms/ as process owners leave them after editing in Camunda Modeler, and fails
 * on drift: a form reference without a form, a delegate without a bean, a user task nobody can work,
 * an element without layout, a dangling element, a form field without a Chinese label.
 */
class ModelConsistencyTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  static final Pattern BEAN_CALL = Pattern.compile("\\$\\{\\s*(\\w+)\\s*[.}]");
  static final Set<String> NOT_BEANS = Set.of("execution", "task", "decisionResult", "true", "false");

  /**
   * The application's bean names, found the way Spring's component scan finds them, without starting
   * the application (which refuses to start on a broken model, so could not report what is broken).
   */
  static final Map<String, String> BEAN_CLASSES = beanClassNames();
  static final Set<String> BEANS = BEAN_CLASSES.keySet();

  static Map<String, String> beanClassNames() {
    var scanner = new ClassPathScanningCandidateComponentProvider(true);
    var names = new AnnotationBeanNameGenerator();
    var registry = new SimpleBeanDefinitionRegistry();
    return scanner.findCandidateComponents("com.opsflow").stream()
        .collect(Collectors.toMap(definition -> names.generateBeanName(definition, registry), BeanDefinition::getBeanClassName));
  }

  @Test
  void theBeanScanFindsOurDelegates() {
    assertThat(BEANS).contains("submitPlan", "recordPlanDecision", "putPlanInForce", "draftingRound", "org", "planCalendar");
  }

  @Test
  void everyDiagramIsAnExecutableProcessNamedLikeItsFile() throws IOException {
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Collection<Process> processes = model.getModelElementsByType(Process.class);
      assertThat(processes).as(file.toString()).singleElement().satisfies(process -> {
        assertThat(process.getId() + ".bpmn").isEqualTo(file.getFileName().toString());
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("history time to live of " + file).isNotBlank();
        assertThat(process.getName()).matches(n -> CHINESE.matcher(n).find(), "a Chinese name");
      });
    }
  }

  @Test
  void everyElementHasLayoutSoModelerShowsIt() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
          .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
      Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
          .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
      model.getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId)
          .filter(id -> !shapes.contains(id)).forEach(id -> missing.add(file + ": " + id));
      model.getModelElementsByType(SequenceFlow.class).stream().map(BaseElement::getId)
          .filter(id -> !edges.contains(id)).forEach(id -> missing.add(file + ": " + id));
      model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getWaypoints().size() < 2)
          .forEach(e -> missing.add(file + ": " + e.getId() + " has fewer than two waypoints"));
    }
    for (Path file : files(PROCESSES, ".dmn")) {
      // the DMN model API does not read DMNDI, so look for each decision's shape in the XML itself
      DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
      String xml = Files.readString(file);
      model.getModelElementsByType(Decision.class).stream().map(DmnElement::getId)
          .filter(id -> !xml.contains("dmnElementRef=\"" + id + "\""))
          .forEach(id -> missing.add(file + ": " + id));
    }
    assertThat(missing).as("elements without diagram layout").isEmpty();
  }

  @Test
  void nothingDangles() throws IOException {
    List<String> dangling = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      for (FlowNode node : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(FlowNode.class)) {
        boolean start = node instanceof StartEvent || node instanceof BoundaryEvent;
        // an event sub-process is started by its event, not by a flow, and ends inside itself
        boolean eventSubProcess = node instanceof SubProcess sub && sub.triggeredByEvent();
        if (!start && !eventSubProcess && node.getIncoming().isEmpty()) {
          dangling.add(file + ": nothing leads to " + node.getId());
        }
        if (!(node instanceof EndEvent) && !eventSubProcess && node.getOutgoing().isEmpty()) {
          dangling.add(file + ": nothing leaves " + node.getId());
        }
      }
    }
    assertThat(dangling).isEmpty();
  }

  @Test
  void everyTaskAndEventHasAReadableChineseName() throws IOException {
    List<String> unnamed = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Stream.concat(model.getModelElementsByType(Task.class).stream(), Stream.concat(
              model.getModelElementsByType(Event.class).stream(), model.getModelElementsByType(CallActivity.class).stream()))
          .filter(node -> node.getName() == null || !CHINESE.matcher(node.getName()).find())
          .forEach(node -> unnamed.add(file + ": " + node.getId()));
      model.getModelElementsByType(Gateway.class).stream()
          .filter(gateway -> gateway.getOutgoing().size() > 1)
          .filter(gateway -> gateway.getName() == null || !CHINESE.matcher(gateway.getName()).find())
          .forEach(gateway -> unnamed.add(file + ": deciding gateway " + gateway.getId()));
    }
    assertThat(unnamed).isEmpty();
  }

  @Test
  void everyNameAUserReadsIsChinese() throws IOException {
    List<String> english = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowElement.class)
          .stream()
          .filter(element -> element.getName() != null && !element.getName().isBlank())
          .filter(element -> !CHINESE.matcher(element.getName()).find())
          .forEach(element -> english.add(file + ": " + element.getId() + " “" + element.getName() + "”"));
    }
    ObjectMapper json = new ObjectMapper();
    for (Path file : files(FORMS, ".form")) {
      json.readTree(file.toFile()).findParents("type").stream()
          .filter(component -> "text".equals(component.path("type").asText()))
          .filter(text -> !CHINESE.matcher(text.path("text").asText()).find())
          .forEach(text -> english.add(file + ": " + text.path("id").asText()));
    }
    assertThat(english).as("names and texts without Chinese").isEmpty();
  }

  @Test
  void everyUserTaskHasSomebodyToWorkItAndAForm() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
        if (isBlank(task.getCamundaAssignee()) && isBlank(task.getCamundaCandidateGroups())
            && isBlank(task.getCamundaCandidateUsers())) {
          problems.add(file + ": " + task.getId() + " has no assignee or candidates");
        }
        if (isBlank(task.getCamundaFormRef())) {
          problems.add(file + ": " + task.getId() + " has no form");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormReferenceResolvesToAFormInTheSameDeployment() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (ModelElementInstance element : Stream.concat(model.getModelElementsByType(UserTask.class).stream(),
          model.getModelElementsByType(StartEvent.class).stream()).toList()) {
        String formRef = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        String binding = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding");
        if (formRef == null) {
          continue;
        }
        if (!Files.exists(FORMS.resolve(formRef + ".form"))) {
          problems.add(file + ": form " + formRef + " does not exist in forms/");
        }
        if (!"deployment".equals(binding)) {
          problems.add(file + ": form " + formRef + " must be bound to its deployment");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyDelegateAndBeanTheDiagramsNameExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path file : files(PROCESSES, ".bpmn")) {
      Matcher matcher = BEAN_CALL.matcher(Files.readString(file));
      while (matcher.find()) {
        String name = matcher.group(1);
        String expression = matcher.group();
        boolean isBeanUse = expression.endsWith(".") || isDelegateExpression(Files.readString(file), name);
        if (isBeanUse && !NOT_BEANS.contains(name) && !BEANS.contains(name)) {
          missing.add(file + ": " + name);
        }
      }
    }
    assertThat(missing).as("beans named in diagrams").isEmpty();
  }

  @Test
  void calledProcessesAndDecisionsExist() throws IOException {
    Set<String> processes = files(PROCESSES, ".bpmn").stream()
        .map(f -> f.getFileName().toString().replace(".bpmn", "")).collect(Collectors.toSet());
    Set<String> decisions = new java.util.HashSet<>();
    for (Path file : files(PROCESSES, ".dmn")) {
      Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class).forEach(d -> {
        decisions.add(d.getId());
        assertThat(d.getCamundaHistoryTimeToLiveString()).as("history time to live of " + d.getId()).isNotBlank();
      });
    }
    for (Path file : files(PROCESSES, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      model.getModelElementsByType(CallActivity.class)
          .forEach(call -> assertThat(processes).as(file + " calls").contains(call.getCalledElement()));
      model.getModelElementsByType(BusinessRuleTask.class)
          .forEach(rule -> assertThat(decisions).as(file + " decides with").contains(rule.getCamundaDecisionRef()));
    }
  }

  @Test
  void everyFormFieldHasAChineseLabel() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> problems = new ArrayList<>();
    for (Path file : files(FORMS, ".form")) {
      JsonNode form = json.readTree(file.toFile());
      assertThat(form.path("id").asText() + ".form").isEqualTo(file.getFileName().toString());
      checkLabels(form.path("components"), file, problems);
    }
    assertThat(problems).isEmpty();
  }

  private static void checkLabels(JsonNode components, Path file, List<String> problems) {
    for (JsonNode component : components) {
      boolean input = component.has("key") || component.has("path") || "table".equals(component.path("type").asText());
      String label = component.has("dateLabel") ? component.path("dateLabel").asText() : component.path("label").asText();
      if (input && !CHINESE.matcher(label).find()) {
        problems.add(file + ": " + component.path("id").asText() + " has no Chinese label");
      }
      for (JsonNode value : component.path("values")) {
        if (!CHINESE.matcher(value.path("label").asText()).find()) {
          problems.add(file + ": an option of " + component.path("id").asText() + " has no Chinese label");
        }
      }
      checkLabels(component.path("components"), file, problems);
    }
  }

  private static boolean isDelegateExpression(String xml, String name) {
    return xml.contains("delegateExpression=\"${" + name + "}\"");
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
      assertThat(found).as(dir + "/*" + suffix).isNotEmpty();
      return found;
    }
  }
}

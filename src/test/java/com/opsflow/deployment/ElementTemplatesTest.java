package com.opsflow.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Modeler palette in {@code .camunda/element-templates/} must match the code and the diagrams: a
 * template naming a bean that is gone, a bean of the wrong kind, or an input its delegate never reads
 * would let a process owner build a diagram that fails at run time; a delegate in processes/ without
 * a template would leave them typing bean names.
 */
class ElementTemplatesTest {

  static final Path TEMPLATES = Path.of(".camunda", "element-templates");
  static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)}");
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** One palette entry: what it puts on the element. */
  record Template(String file, String id, int version, String appliesTo, String bean, String listenerEvent, Map<String, Set<String>> inputs) {
  }

  static final List<Template> templates = new ArrayList<>();
  static final List<JsonNode> rawTemplates = new ArrayList<>();
  static final Map<String, Class<?>> beanClasses = new HashMap<>();

  @BeforeAll
  static void readPaletteAndBeans() throws Exception {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode template : json.readTree(file.toFile())) {
          rawTemplates.add(template);
          templates.add(parse(file.getFileName().toString(), template));
        }
      }
    }
    for (var bean : ModelConsistencyTest.BEAN_CLASSES.entrySet()) {
      beanClasses.put(bean.getKey(), Class.forName(bean.getValue()));
    }
  }

  static Template parse(String file, JsonNode template) {
    String bean = null;
    String event = null;
    Map<String, Set<String>> inputs = new LinkedHashMap<>();
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      switch (binding.path("type").asText()) {
        case "property" -> {
          if (binding.path("name").asText().equals("camunda:delegateExpression")) {
            bean = beanOf(property.path("value").asText());
          }
        }
        case "camunda:executionListener" -> {
          assertThat(binding.path("implementationType").asText()).isEqualTo("delegateExpression");
          bean = beanOf(property.path("value").asText());
          event = binding.path("event").asText();
        }
        case "camunda:inputParameter" -> {
          Set<String> values = new HashSet<>();
          property.path("choices").forEach(choice -> values.add(choice.path("value").asText()));
          inputs.put(binding.path("name").asText(), values);
        }
        default -> throw new AssertionError(file + ": binding the palette does not use: " + binding);
      }
    }
    return new Template(file, template.path("id").asText(), template.path("version").asInt(), template.path("appliesTo").path(0).asText(), bean, event, inputs);
  }

  static String beanOf(String expression) {
    var matcher = BEAN.matcher(expression);
    assertThat(matcher.matches()).as("delegate expression " + expression).isTrue();
    return matcher.group(1);
  }

  @Test
  void everyTemplateReadsInChineseAndIsUnique() {
    assertThat(rawTemplates).hasSizeGreaterThanOrEqualTo(40);
    Set<String> ids = new HashSet<>();
    for (JsonNode template : rawTemplates) {
      String id = template.path("id").asText();
      assertThat(ids.add(id)).as("duplicate template id " + id).isTrue();
      assertThat(template.path("version").isNumber()).as(id + " version").isTrue();
      assertThat(template.path("name").asText()).as(id + " name").containsPattern(ModelConsistencyTest.CHINESE);
      assertThat(template.path("description").asText()).as(id + " description").containsPattern(ModelConsistencyTest.CHINESE);
      for (JsonNode property : template.path("properties")) {
        if (!property.path("type").asText().equals("Hidden")) {
          assertThat(property.path("label").asText()).as(id + " input label").containsPattern(ModelConsistencyTest.CHINESE);
          property.path("choices").forEach(choice ->
              assertThat(choice.path("name").asText()).as(id + " choice").containsPattern(ModelConsistencyTest.CHINESE));
        }
      }
    }
  }

  @Test
  void everyTemplateNamesABeanOfTheRightKind() {
    List<String> problems = new ArrayList<>();
    for (Template template : templates) {
      Class<?> type = beanClasses.get(template.bean());
      Class<?> expected = template.listenerEvent() == null ? JavaDelegate.class : ExecutionListener.class;
      if (type == null) {
        problems.add(template.id() + ": no bean " + template.bean());
      } else if (!expected.isAssignableFrom(type)) {
        problems.add(template.id() + ": " + template.bean() + " is not a " + expected.getSimpleName());
      }
      // a listener records a step someone worked, or turns a decision table's answer into what the next step needs
      List<String> appliesTo = template.listenerEvent() == null ? List.of("bpmn:ServiceTask")
          : List.of("bpmn:UserTask", "bpmn:BusinessRuleTask");
      if (!appliesTo.contains(template.appliesTo())) {
        problems.add(template.id() + " applies to " + template.appliesTo());
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * A template input is only useful if its delegate reads that variable. The variable name is a
   * compile-time constant, so javac copies it into the class file of every class that reads it.
   */
  @Test
  void everyTemplateInputIsReadByItsDelegate() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Template template : templates) {
      Class<?> type = beanClasses.get(template.bean());
      for (String input : template.inputs().keySet()) {
        if (type == null || !classFileMentions(type, input)) {
          problems.add(template.id() + ": " + template.bean() + " never reads " + input);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(templates).anySatisfy(template -> assertThat(template.inputs()).isNotEmpty());
  }

  @Test
  void everyDelegateAndListenerInTheDiagramsIsInThePalette() throws IOException {
    Map<String, Template> byBean = new HashMap<>();
    templates.forEach(template -> byBean.put(template.bean(), template));
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(ModelConsistencyTest.PROCESSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        var model = Bpmn.readModelFromFile(file.toFile());
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
          if (task.getCamundaDelegateExpression() == null) {
            continue;
          }
          Template template = byBean.get(beanOf(task.getCamundaDelegateExpression()));
          String where = file.getFileName() + " " + task.getName();
          if (template == null || template.listenerEvent() != null) {
            problems.add(where + ": no service task template for " + task.getCamundaDelegateExpression());
          } else {
            checkInputs(template, task, where, problems);
            checkLinked(template, task, where, problems);
          }
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
          String expression = listener.getCamundaDelegateExpression();
          String where = file.getFileName() + " " + ((FlowNode) listener.getParentElement().getParentElement()).getName();
          Template template = expression == null ? null : byBean.get(beanOf(expression));
          if (template == null || !listener.getCamundaEvent().equals(template.listenerEvent())) {
            problems.add(where + ": no listener template for " + expression + " on " + listener.getCamundaEvent());
          } else {
            checkLinked(template, (FlowNode) listener.getParentElement().getParentElement(), where, problems);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The diagrams and the palette configure a delegate the same way, with values the palette offers. */
  private static void checkInputs(Template template, ServiceTask task, String where, List<String> problems) {
    Map<String, String> set = new HashMap<>();
    task.getChildElementsByType(ExtensionElements.class).forEach(extensions ->
        extensions.getElementsQuery().filterByType(CamundaInputOutput.class).list()
            .forEach(io -> io.getCamundaInputParameters().forEach(
                (CamundaInputParameter input) -> set.put(input.getCamundaName(), input.getTextContent().trim()))));
    if (!set.keySet().equals(template.inputs().keySet())) {
      problems.add(where + ": inputs " + set.keySet() + " but the template offers " + template.inputs().keySet());
      return;
    }
    set.forEach((name, value) -> {
      Set<String> choices = template.inputs().get(name);
      if (!choices.isEmpty() && !choices.contains(value)) {
        problems.add(where + ": " + name + "=" + value + " is not one of the template's choices " + choices);
      }
    });
  }

  /** The element names its template, so Modeler opens it as that palette entry rather than as raw XML settings. */
  private static void checkLinked(Template template, FlowNode element, String where, List<String> problems) {
    String linked = element.getAttributeValueNs(CAMUNDA, "modelerTemplate");
    String version = element.getAttributeValueNs(CAMUNDA, "modelerTemplateVersion");
    if (!template.id().equals(linked) || !String.valueOf(template.version()).equals(version)) {
      problems.add(where + ": linked to template " + linked + " v" + version + ", expected " + template.id() + " v" + template.version());
    }
  }

  private static boolean classFileMentions(Class<?> type, String text) throws IOException {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      byte[] bytes = in.readAllBytes();
      return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
  }
}

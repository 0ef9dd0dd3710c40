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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.approval.ReviewDecision;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the README's process-owner section that bpmnlint does not know: one idiom for a review
 * decision, and diagrams whose lines do not cross. {@link BpmnLintTest} holds the others (merge gateway in front
 * of a step a flow loops back to; no gateway that both joins and forks).
 */
class DiagramHouseRulesTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final Pattern OUTCOME = Pattern.compile(
      "\\$\\{reviewOutcome == '(\\w+)'(?: && execution\\.getVariable\\('returnTo'\\) == (null|'(\\w+)'))?}");

  /**
   * Crossings no layout avoids, with the reason. 管理层's 退回运营部重新审核 starts right of 运营部's decision and
   * ends left of it, while 运营部's 退回修改 leaves that decision downwards and the skip of 运营部 (需运营部审核？=否)
   * closes the way over the top. In 问题整改, 超过允许轮次？=否 goes back to the round's start past both overdue
   * timers, whose flows lead forward to 管理层; 延长期限 would cross one of them on either side.
   */
  static final Map<String, Set<String>> UNAVOIDABLE_CROSSINGS = Map.of(
      "operation-plan-approval.bpmn", Set.of("Flow_ManagementReturnedToOperations × Flow_OperationsReturned"),
      "finding-rectification.bpmn", Set.of("Flow_NextRound × Flow_PlanOverdue", "Flow_NextRound × Flow_RectificationOverdue"));

  @Test
  void everyReviewStepDecidesAtOneGatewayWithAFlowPerDecision() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path diagram : diagrams()) {
      problems.addAll(reviewIdiomProblems(diagram));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noLineCrossesAnotherOrRunsThroughAShape() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path diagram : diagrams()) {
      Set<String> allowed = UNAVOIDABLE_CROSSINGS.getOrDefault(diagram.getFileName().toString(), Set.of());
      layoutProblems(diagram).stream().filter(p -> !allowed.contains(p)).map(p -> diagram.getFileName() + ": " + p)
          .forEach(problems::add);
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theRulesCatchTheOldTwoStageIdiomAndItsCrossing() throws IOException {
    // plan-adjustment.bpmn as it was before the house idiom: "运营部同意？" → 未同意 → merge → "退回还是驳回？"
    Path old = Path.of("src/test/resources/house-rules/plan-adjustment-two-stage.bpmn");

    assertThat(reviewIdiomProblems(old)).anySatisfy(p -> assertThat(p).contains("Task_ReviewByOperations", "结论？"))
        .anySatisfy(p -> assertThat(p).contains("Flow_OperationsNotApproved", "reviewOutcome != 'APPROVE'"));
    assertThat(layoutProblems(old)).contains("Flow_HeadNotApproved × Flow_ReturnedToOperations");
  }

  static List<String> reviewIdiomProblems(Path diagram) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      Set<String> offered = offeredDecisions(task.getCamundaFormRef());
      boolean countersign = !task.getChildElementsByType(MultiInstanceLoopCharacteristics.class).isEmpty();
      if (offered.isEmpty() || countersign) {
        continue;   // not a review step, or a 会签 whose votes are counted before anything is decided
      }
      String where = diagram.getFileName() + " " + task.getId() + " (" + task.getName() + ")";
      Collection<SequenceFlow> out = task.getOutgoing();
      if (out.size() != 1 || !(out.iterator().next().getTarget() instanceof ExclusiveGateway gateway)) {
        problems.add(where + ": a review step leads to one exclusive gateway named \"" + task.getName() + "结论？\"");
        continue;
      }
      if (!(task.getName() + "结论？").equals(gateway.getName())) {
        problems.add(where + ": its gateway is named \"" + gateway.getName() + "\", not \"" + task.getName() + "结论？\"");
      }
      Set<String> decided = new TreeSet<>();
      for (SequenceFlow flow : gateway.getOutgoing()) {
        String condition = flow.getConditionExpression() == null ? "" : flow.getConditionExpression().getTextContent().trim();
        Matcher m = OUTCOME.matcher(condition);
        if (!m.matches()) {
          problems.add(where + ": " + flow.getId() + " tests " + (condition.isEmpty() ? "nothing" : condition)
              + " instead of ${reviewOutcome == '<decision>'}");
          continue;
        }
        ReviewDecision decision = ReviewDecision.valueOf(m.group(1));
        decided.add(decision.name());
        boolean labelled = m.group(3) == null ? decision.label().equals(flow.getName())
            : flow.getName() != null && flow.getName().matches("退回\\S+重新审核") && model.getModelElementById(m.group(3)) != null;
        if (!labelled) {
          problems.add(where + ": " + flow.getId() + " is labelled \"" + flow.getName() + "\", not \""
              + (m.group(3) == null ? decision.label() : "退回<步骤>重新审核") + "\"");
        }
      }
      if (!decided.equals(offered)) {
        problems.add(where + ": the form offers " + offered + " but the gateway routes " + decided);
      }
    }
    return problems;
  }

  /** The decision values the form's 审批结论 radio offers; empty when the form has none. */
  static Set<String> offeredDecisions(String formRef) throws IOException {
    Set<String> values = new TreeSet<>();
    if (formRef == null || !Files.exists(FORMS.resolve(formRef + ".form"))) {
      return values;
    }
    JsonNode form = new ObjectMapper().readTree(FORMS.resolve(formRef + ".form").toFile());
    for (JsonNode field : form.findParents("key")) {
      if ("decision".equals(field.path("key").asText())) {
        field.path("values").forEach(v -> values.add(v.path("value").asText()));
      }
    }
    return values;
  }

  /** "A × B" for every two flows whose lines properly cross; "A through S" for a flow drawn over a shape it does not touch. */
  static List<String> layoutProblems(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    List<BpmnEdge> edges = new ArrayList<>(model.getModelElementsByType(BpmnEdge.class));
    edges.sort((a, b) -> a.getBpmnElement().getId().compareTo(b.getBpmnElement().getId()));
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < edges.size(); i++) {
      for (int j = i + 1; j < edges.size(); j++) {
        if (cross(points(edges.get(i)), points(edges.get(j)))) {
          problems.add(edges.get(i).getBpmnElement().getId() + " × " + edges.get(j).getBpmnElement().getId());
        }
      }
    }
    for (BpmnEdge edge : edges) {
      if (!(edge.getBpmnElement() instanceof SequenceFlow flow)) {
        continue;
      }
      for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
        BaseElement element = shape.getBpmnElement();
        if (element == flow.getSource() || element == flow.getTarget() || Boolean.TRUE.equals(shape.isExpanded())
            || encloses(element, flow)) {
          continue;
        }
        if (passesThrough(points(edge), shape)) {
          problems.add(flow.getId() + " through " + element.getId());
        }
      }
    }
    return problems;
  }

  static boolean encloses(BaseElement element, SequenceFlow flow) {
    return flow.getParentElement() == element;
  }

  static double[][] points(BpmnEdge edge) {
    return edge.getWaypoints().stream().map(w -> new double[] {w.getX(), w.getY()}).toArray(double[][]::new);
  }

  static boolean cross(double[][] a, double[][] b) {
    for (int i = 0; i + 1 < a.length; i++) {
      for (int j = 0; j + 1 < b.length; j++) {
        if (properlyCross(a[i], a[i + 1], b[j], b[j + 1])) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean properlyCross(double[] p1, double[] p2, double[] q1, double[] q2) {
    return orient(p1, p2, q1) * orient(p1, p2, q2) < 0 && orient(q1, q2, p1) * orient(q1, q2, p2) < 0;
  }

  static int orient(double[] p, double[] q, double[] r) {
    return (int) Math.signum((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  }

  static boolean passesThrough(double[][] line, BpmnShape shape) {
    var b = shape.getBounds();
    double margin = 2;
    for (int i = 0; i + 1 < line.length; i++) {
      for (int k = 1; k < 20; k++) {
        double x = line[i][0] + (line[i + 1][0] - line[i][0]) * k / 20;
        double y = line[i][1] + (line[i + 1][1] - line[i][1]) * k / 20;
        if (x > b.getX() + margin && x < b.getX() + b.getWidth() - margin
            && y > b.getY() + margin && y < b.getY() + b.getHeight() - margin) {
          return true;
        }
      }
    }
    return false;
  }

  static List<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}

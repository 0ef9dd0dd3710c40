package com.opsflow.approval.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.core.variable.scope.SimpleVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceFactory;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceLifecycleListener;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import com.opsflow.approval.OwnApplications;

/**
 * 流程预测: the steps still ahead of an application when every reviewer approves, with who will decide each, resolved
 * as the process will resolve them — the route the decision tables chose, the candidate groups and their members,
 * the hand-over of a step only the applicant could decide. Read-only: it evaluates the diagram's expressions against
 * the instance's variables and changes nothing.
 */
@Component
public class RouteAhead {

  static final int MAX_STEPS = 12;

  private final ProcessEngineConfigurationImpl engine;

  RouteAhead(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  /** A step ahead and who will decide it ("运营部：吴磊、周敏"). */
  public record NextStep(String step, String deciders) {
  }

  public List<NextStep> of(String processInstanceId) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
      if (instance == null) {
        return List.<NextStep>of();
      }
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(instance.getProcessDefinitionId());
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list();
      if (open.size() != 1) {
        return List.<NextStep>of(); // parallel steps: no single road ahead to tell
      }
      return ahead(model, model.getModelElementById(open.get(0).getTaskDefinitionKey()), instance);
    }));
  }

  private List<NextStep> ahead(BpmnModelInstance model, FlowNode from, ExecutionEntity instance) {
    List<NextStep> steps = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    FlowNode node = next(from, instance);
    while (node != null && !(node instanceof EndEvent) && seen.add(node.getId()) && steps.size() < MAX_STEPS) {
      if (node instanceof UserTask task) {
        steps.add(new NextStep(task.getName(), deciders(task, instance)));
      } else if (node instanceof CallActivity call) {
        steps.add(new NextStep(call.getName(), "由子流程确定"));
      }
      node = next(node, instance);
    }
    return steps;
  }

  /** Where the road goes from a node: a review's approval, or the flow whose condition holds now. */
  private FlowNode next(FlowNode node, ExecutionEntity instance) {
    List<SequenceFlow> outgoing = new ArrayList<>(node.getOutgoing());
    if (outgoing.isEmpty()) {
      return null;
    }
    if (outgoing.size() == 1 || !(node instanceof ExclusiveGateway)) {
      return outgoing.get(0).getTarget();
    }
    for (SequenceFlow flow : outgoing) {
      String condition = flow.getConditionExpression() == null ? null : flow.getConditionExpression().getTextContent();
      if (condition != null && condition.contains("reviewOutcome")) {
        if (condition.contains("'APPROVE'")) {
          return flow.getTarget(); // the road ahead assumes every reviewer approves
        }
        continue;
      }
      if (condition != null && holds(condition, instance)) {
        return flow.getTarget();
      }
    }
    String defaultFlow = ((ExclusiveGateway) node).getDefault() == null ? null : ((ExclusiveGateway) node).getDefault().getId();
    return outgoing.stream().filter(flow -> flow.getId().equals(defaultFlow)).map(SequenceFlow::getTarget).findFirst()
        .orElse(null);
  }

  private boolean holds(String condition, ExecutionEntity instance) {
    try {
      return Boolean.TRUE.equals(expression(condition).getValue(instance));
    } catch (ProcessEngineException unknownYet) {
      return false; // it depends on what is not decided yet
    }
  }

  private String deciders(UserTask task, ExecutionEntity instance) {
    var countersign = task.getChildElementsByType(MultiInstanceLoopCharacteristics.class);
    if (countersign.isEmpty()) {
      return deciders(task, instance, instance);
    }
    // 会签: one decider per element of the collection, resolved as each instance of the step will resolve it
    MultiInstanceLoopCharacteristics loop = countersign.iterator().next();
    Object elements = null;
    try {
      elements = loop.getCamundaCollection() == null ? null : expression(loop.getCamundaCollection()).getValue(instance);
    } catch (ProcessEngineException unknownYet) {
      // the members depend on what is not decided yet
    }
    if (!(elements instanceof Collection<?> each) || each.isEmpty() || loop.getCamundaElementVariable() == null) {
      return "多人会签";
    }
    List<String> members = new ArrayList<>();
    for (Object element : each) {
      members.add(deciders(task, instance, new ElementScope(instance, loop.getCamundaElementVariable(), element)));
    }
    return "多人会签（" + (loop.getCompletionCondition() != null
        && loop.getCompletionCondition().getTextContent().contains("anyOneDecides") ? "一人决定即可" : "全部同意") + "）："
        + String.join(" / ", members);
  }

  private String deciders(UserTask task, ExecutionEntity instance, VariableScope scope) {
    Set<String> groups = new LinkedHashSet<>(values(task.getCamundaCandidateGroups(), scope));
    Set<String> people = new LinkedHashSet<>(values(task.getCamundaCandidateUsers(), scope));
    people.addAll(values(task.getCamundaAssignee(), scope));
    var identity = engine.getIdentityService();
    Map<String, List<User>> members = new LinkedHashMap<>();
    for (String groupId : groups) {
      members.put(groupId, identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list());
    }
    Set<String> everyone = new HashSet<>(people);
    members.values().forEach(users -> users.forEach(u -> everyone.add(u.getId())));
    String applicant = OwnApplications.applicant(instance);
    if (applicant != null && everyone.equals(Set.of(applicant))) {
      if (OwnApplications.skippedWhenOnlyTheApplicant(instance.getProcessDefinition().getKey(), task.getId())) {
        return "申请人本人，将自动跳过";
      }
      String handTo = OwnApplications.handToWhenOnlyTheApplicant(instance.getProcessDefinition().getKey(), task.getId());
      if (handTo != null) {
        members = Map.of(handTo, identity.createUserQuery().memberOfGroup(handTo).orderByUserId().asc().list());
        people = Set.of();
      }
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<User>> group : members.entrySet()) {
      Group found = identity.createGroupQuery().groupId(group.getKey()).singleResult();
      // the applicant does not decide their own application: named only where nobody else is
      List<User> users = group.getValue();
      List<String> names = users.stream().filter(u -> users.size() == 1 || !u.getId().equals(applicant))
          .map(RouteAhead::name).toList();
      parts.add((found == null ? group.getKey() : found.getName())
          + (names.isEmpty() ? "（无成员，将转交系统管理员）" : "：" + String.join("、", names)));
    }
    for (String person : people) {
      User user = identity.createUserQuery().userId(person).singleResult();
      parts.add(user == null ? person : name(user));
    }
    return parts.isEmpty() ? "待定" : String.join("；", parts);
  }

  private List<String> values(String text, VariableScope scope) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      Object value = text.contains("${") ? expression(text).getValue(scope) : text;
      if (value == null) {
        return List.of();
      }
      return List.of(value.toString().split("\\s*,\\s*")).stream().filter(v -> !v.isBlank()).toList();
    } catch (ProcessEngineException unknownYet) {
      return List.of();
    }
  }

  private Expression expression(String text) {
    return Context.getProcessEngineConfiguration().getExpressionManager().createExpression(text.strip());
  }

  /**
   * What one instance of a 会签 step will see: its element variable (the department it reviews), and the application's
   * variables behind it; nothing is written anywhere.
   */
  private static final class ElementScope extends AbstractVariableScope {

    private final AbstractVariableScope instance;
    private final VariableStore<CoreVariableInstance> store = new VariableStore<>();

    ElementScope(AbstractVariableScope instance, String name, Object element) {
      this.instance = instance;
      store.addVariable(new SimpleVariableInstance(name, Variables.untypedValue(element)));
    }

    @Override
    protected VariableStore<CoreVariableInstance> getVariableStore() {
      return store;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected VariableInstanceFactory<CoreVariableInstance> getVariableInstanceFactory() {
      return (VariableInstanceFactory) SimpleVariableInstance.SimpleVariableInstanceFactory.INSTANCE;
    }

    @Override
    protected List<VariableInstanceLifecycleListener<CoreVariableInstance>> getVariableInstanceLifecycleListeners() {
      return List.of();
    }

    @Override
    public AbstractVariableScope getParentVariableScope() {
      return instance;
    }
  }

  private static String name(User user) {
    return (user.getFirstName() == null ? "" : user.getFirstName()) + (user.getLastName() == null ? "" : user.getLastName());
  }
}

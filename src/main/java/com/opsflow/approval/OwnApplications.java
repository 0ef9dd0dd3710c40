package com.opsflow.approval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Groups;

/**
 * Every step has somebody to decide it, and nobody decides on their own application (内控, regulations:
 * Organisation). A step nobody could work — a department without a head, an empty group — goes to
 * {@code opsflow.approval.unresolved-group} (the administrators) with the reason, instead of waiting unseen. A review
 * step whose only possible reviewer is the applicant — a head's own plan at 部门负责人审核 — goes to the group
 * {@value #DECISION} (processes/self-approval.dmn) names for the step; where others could decide too, the applicant's
 * own decision is refused ({@link #refuseOwnDecision}). Each hand-over leaves a comment saying why. Added to every
 * user task at parse time, as the deadlines are; runs before them and before the new-task mail, which then go to the
 * right people.
 */
@Component
@Order(0)
public class OwnApplications extends AbstractProcessEnginePlugin {

  private final String unresolvedGroup;

  OwnApplications(@Value("${opsflow.approval.unresolved-group:camunda-admin}") String unresolvedGroup) {
    this.unresolvedGroup = unresolvedGroup;
  }

  static final String DECISION = "self-approval";
  /** Who applied: the drafter of a plan (a calendar opens drafts with no initiator), or whoever started it. */
  static final String[] APPLICANT_VARIABLES = {"drafter", ApplicationProcess.INITIATOR};
  private static final Logger LOG = LoggerFactory.getLogger(OwnApplications.class);
  private static final Map<String, Map<String, String>> RULES = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, OwnApplications.this::assignSomebodyElse);
      }
    });
  }

  /** The applicant of the instance the execution belongs to, if it has one. */
  public static String applicant(DelegateExecution execution) {
    for (String name : APPLICANT_VARIABLES) {
      if (execution.getVariable(name) instanceof String applicant) {
        return applicant;
      }
    }
    return null;
  }

  /** Called where every review decision is recorded: the applicant's own is refused. */
  static void refuseOwnDecision(DelegateExecution execution, String reviewer) {
    if (reviewer != null && reviewer.equals(applicant(execution))) {
      throw new SubmissionRefused("这是您本人的申请，按内控要求不能由您本人审批，请由其他有权审批的同事办理。");
    }
  }

  void assignSomebodyElse(DelegateTask task) {
    if (task.getAssignee() == null && task.getCandidates().isEmpty()) {
      return; // claimed or assigned later by the process itself
    }
    Set<String> deciders = Context.getCommandContext().runWithoutAuthorization(() -> whoCouldDecide(task));
    if (deciders.isEmpty()) {
      String groups = String.join("、", task.getCandidates().stream().map(IdentityLink::getGroupId)
          .filter(g -> g != null).map(OwnApplications::groupName).toList());
      handTo(task, unresolvedGroup, "本环节无人可办理（" + (groups.isEmpty() ? "指定的办理人不存在" : groups + "没有成员")
          + "），已转交" + groupName(unresolvedGroup) + "处理，请在组织架构中补齐后转办。");
      return;
    }
    String applicant = applicant(task.getExecution());
    if (applicant == null || !deciders.equals(Set.of(applicant))) {
      return; // others can decide: the applicant's own decision is refused when it comes
    }
    String processKey = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
    String handTo = rule(processKey, task.getTaskDefinitionKey());
    if (handTo != null) {
      handTo(task, handTo, "申请人本人不审批本人的申请，本环节转交" + groupName(handTo) + "审批。");
    }
  }

  private static String groupName(String groupId) {
    if (Groups.ADMINISTRATORS.equals(groupId)) {
      return "系统管理员";
    }
    Group group = Context.getCommandContext().runWithoutAuthorization(() ->
        Context.getProcessEngineConfiguration().getIdentityService().createGroupQuery().groupId(groupId).singleResult());
    return group == null ? groupId : group.getName();
  }

  private static void handTo(DelegateTask task, String handTo, String why) {
    // the task is being created: its candidates are not in the database yet, so they go from the entity itself
    TaskEntity entity = (TaskEntity) task;
    for (IdentityLinkEntity link : List.copyOf(entity.getIdentityLinks())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        link.delete();
        entity.getIdentityLinks().remove(link);
      }
    }
    task.setAssignee(null);
    task.addCandidateGroup(handTo);
    comment(task, why);
  }

  private static Set<String> whoCouldDecide(DelegateTask task) {
    var identity = Context.getProcessEngineConfiguration().getIdentityService();
    Set<String> people = new HashSet<>();
    if (task.getAssignee() != null && identity.createUserQuery().userId(task.getAssignee()).count() > 0) {
      people.add(task.getAssignee());
    }
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        if (identity.createUserQuery().userId(link.getUserId()).count() > 0) {
          people.add(link.getUserId());
        }
      } else if (link.getGroupId() != null) {
        identity.createUserQuery().memberOfGroup(link.getGroupId()).list().stream().map(User::getId).forEach(people::add);
      }
    }
    return people;
  }

  private static void comment(DelegateTask task, String message) {
    CommentEntity comment = new CommentEntity();
    comment.setType(CommentEntity.TYPE_COMMENT);
    comment.setTime(ClockUtil.getCurrentTime());
    comment.setTaskId(task.getId());
    comment.setProcessInstanceId(task.getProcessInstanceId());
    comment.setRootProcessInstanceId(((ExecutionEntity) task.getExecution()).getRootProcessInstanceId());
    comment.setAction(UserOperationLogEntry.OPERATION_TYPE_CREATE);
    comment.setMessage(message);
    comment.setFullMessage(message);
    Context.getCommandContext().getCommentManager().insert(comment);
  }

  /** For the road ahead (流程预测): where a step only the applicant could decide would go; inside an engine command. */
  public static String handToWhenOnlyTheApplicant(String processKey, String taskKey) {
    return rule(processKey, taskKey);
  }

  /** The group a step goes to when only the applicant could decide it; null where the table names none. */
  static String rule(String processKey, String taskKey) {
    try {
      DecisionDefinition table = Context.getCommandContext().runWithoutAuthorization(() ->
          Context.getProcessEngineConfiguration().getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(DECISION));
      String handTo = RULES.computeIfAbsent(table.getId(), id -> new ConcurrentHashMap<>())
          .computeIfAbsent(processKey + "/" + taskKey, step -> evaluate(table, processKey, taskKey));
      return handTo.isEmpty() ? null : handTo;
    } catch (ProcessEngineException noTable) {
      LOG.warn("no self-approval rule for {}/{}: {}", processKey, taskKey, noTable.getMessage());
      return null;
    }
  }

  private static String evaluate(DecisionDefinition table, String processKey, String taskKey) {
    DmnDecisionResultEntries first = Context.getCommandContext().runWithoutAuthorization(() ->
        Context.getProcessEngineConfiguration().getDecisionService().evaluateDecisionById(table.getId())
            .variables(Map.of("processKey", processKey, "taskKey", taskKey)).evaluate().getFirstResult());
    Object handTo = first == null ? null : first.getEntryMap().get("handTo");
    return handTo == null ? "" : handTo.toString().strip();
  }
}

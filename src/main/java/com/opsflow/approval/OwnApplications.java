package com.opsflow.approval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.Steps;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Groups;
import com.opsflow.kernel.EveryUserTask;

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
  /** Transient: why a step was decided without anybody submitting it (self-approval.dmn), for the trail. */
  static final String AUTOMATICALLY = Steps.DECIDED_AUTOMATICALLY;
  /** Transient: in whose name, when it is somebody's (the same approver twice in a row). */
  static final String AUTOMATIC_DECIDER = "automaticDecider";
  static final String SKIPPED = "申请人本人，自动跳过";
  static final String APPROVED_AGAIN = "同一审批人已在上一环节同意，自动通过";

  /** What a step does when the applicant is the only one who could decide it, as self-approval.dmn says. */
  enum Policy {
    /** 转交上级: to the group the table names (the default). */
    HAND_UP,
    /** 自动跳过: approved without anybody, the trail says so. */
    SKIP,
    /** 本人办理: the applicant decides, for steps where the company allows it (an acknowledgement, say). */
    KEEP;

    static Policy of(Object cell) {
      String words = cell == null ? "" : cell.toString().strip();
      return switch (words) {
        case "自动跳过" -> SKIP;
        case "本人办理" -> KEEP;
        default -> HAND_UP;
      };
    }
  }

  /** One row of self-approval.dmn, for one step. */
  record Rule(String handTo, Policy policy, boolean approveRepeat) {
    static final Rule NONE = new Rule(null, Policy.HAND_UP, false);
  }
  /** Who applied: the drafter of a plan (a calendar opens drafts with no initiator), or whoever started it. */
  static final String[] APPLICANT_VARIABLES = {ApplicationProcess.DRAFTER, ApplicationProcess.INITIATOR};

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, OwnApplications.this::assignSomebodyElse);
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
    if (reviewer != null && reviewer.equals(applicant(execution)) && ruleFor(execution).policy() != Policy.KEEP) {
      throw new SubmissionRefused("这是您本人的申请，按内控要求不能由您本人审批，请由其他有权审批的同事办理。");
    }
  }

  void assignSomebodyElse(DelegateTask task) {
    if (task.getAssignee() == null && task.getCandidates().isEmpty()) {
      return; // claimed or assigned later by the process itself
    }
    String applicant = applicant(task.getExecution());
    Rule rule = ruleFor(task.getExecution());
    if (rule.approveRepeat() && task.getExecution().getVariable(ReviewVariables.LAST_APPROVER) instanceof String last
        && Context.getCommandContext().runWithoutAuthorization(() -> onlyOneCouldDecide(task, applicant, last))) {
      decideAutomatically(task, last, APPROVED_AGAIN);
      return;
    }
    Deciders deciders = Context.getCommandContext().runWithoutAuthorization(() -> whoCouldDecide(task, applicant));
    if (deciders == Deciders.NOBODY) {
      String groups = String.join("、", task.getCandidates().stream().map(IdentityLink::getGroupId)
          .filter(g -> g != null).map(OwnApplications::groupName).toList());
      handTo(task, unresolvedGroup, "本环节无人可办理（" + (groups.isEmpty() ? "指定的办理人不存在" : groups + "没有成员")
          + "），已转交" + groupName(unresolvedGroup) + "处理，请在组织架构中补齐后转办。");
      return;
    }
    if (deciders == Deciders.OTHERS) {
      return; // others can decide: the applicant's own decision is refused when it comes
    }
    if (rule.policy() == Policy.SKIP) {
      decideAutomatically(task, null, SKIPPED);
    } else if (rule.policy() == Policy.HAND_UP && rule.handTo() != null) {
      handTo(task, rule.handTo(), "申请人本人不审批本人的申请，本环节转交" + groupName(rule.handTo()) + "审批。");
    }
  }

  /**
   * Marks the step to be completed as it is created — by {@link AutomaticDecisions}, after every other listener of its
   * creation has run; ReviewDecisions records it in the trail with the reason.
   */
  private static void decideAutomatically(DelegateTask task, String decider, String why) {
    task.getExecution().setVariableLocal(AUTOMATICALLY, Variables.stringValue(why, true));
    task.getExecution().setVariableLocal(AUTOMATIC_DECIDER, Variables.stringValue(decider, true));
    task.getExecution().setVariableLocal(Steps.AUTOMATIC_STEP, Variables.stringValue(task.getTaskDefinitionKey(), true));
  }

  /**
   * Whether the one person who approved the step before is the only one, the applicant aside, who could decide this
   * one. Groups of more than a few members answer no without being listed.
   */
  private static boolean onlyOneCouldDecide(DelegateTask task, String applicant, String person) {
    var identity = Context.getProcessEngineConfiguration().getIdentityService();
    Set<String> people = new HashSet<>();
    if (task.getAssignee() != null) {
      people.add(task.getAssignee());
    }
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        people.add(link.getUserId());
      } else if (identity.createUserQuery().memberOfGroup(link.getGroupId()).count() > 3) {
        return false;
      } else {
        identity.createUserQuery().memberOfGroup(link.getGroupId()).list().forEach(user -> people.add(user.getId()));
      }
    }
    people.remove(applicant);
    return people.equals(Set.of(person));
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
    StepComments.add(task.getId(), task.getProcessInstanceId(),
        ((ExecutionEntity) task.getExecution()).getRootProcessInstanceId(), null, why);
  }

  /** Who could work a task: nobody at all, only the applicant, or somebody else too. */
  private enum Deciders { NOBODY, ONLY_THE_APPLICANT, OTHERS }

  /**
   * Counts rather than lists the people behind the task: it runs for every task created, and a department may be
   * large. A candidate group of one member is asked whether that member is the applicant.
   */
  private static Deciders whoCouldDecide(DelegateTask task, String applicant) {
    var identity = Context.getProcessEngineConfiguration().getIdentityService();
    boolean applicantCould = false;
    List<String> people = new ArrayList<>();
    if (task.getAssignee() != null) {
      people.add(task.getAssignee());
    }
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
        people.add(link.getUserId());
      } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        long members = identity.createUserQuery().memberOfGroup(link.getGroupId()).count();
        if (members > 1 || members == 1 && (applicant == null
            || identity.createUserQuery().userId(applicant).memberOfGroup(link.getGroupId()).count() == 0)) {
          return Deciders.OTHERS;
        }
        applicantCould |= members == 1;
      }
    }
    for (String person : people) {
      if (identity.createUserQuery().userId(person).count() > 0) {
        if (!person.equals(applicant)) {
          return Deciders.OTHERS;
        }
        applicantCould = true;
      }
    }
    return applicantCould ? Deciders.ONLY_THE_APPLICANT : Deciders.NOBODY;
  }

  /**
   * For the road ahead (流程预测): where a step only the applicant could decide would go — the group the table names,
   * or null when it is skipped or kept; inside an engine command.
   */
  public static String handToWhenOnlyTheApplicant(String processKey, String taskKey) {
    Rule rule = RULES.of(processKey, taskKey);
    return rule.policy() == Policy.HAND_UP ? rule.handTo() : null;
  }

  /** Whether the table skips a step only the applicant could decide, for the road ahead. */
  public static boolean skippedWhenOnlyTheApplicant(String processKey, String taskKey) {
    return RULES.of(processKey, taskKey).policy() == Policy.SKIP;
  }

  private static Rule ruleFor(DelegateExecution execution) {
    return RULES.of(((ExecutionEntity) execution).getProcessDefinition().getKey(),
        ((ExecutionEntity) execution).getActivityId());
  }

  private static final StepTable<Rule> RULES = new StepTable<>(DECISION, (row, processKey, taskKey) -> {
    if (row == null) {
      return Rule.NONE;
    }
    String handTo = row.get("handTo") == null ? "" : row.get("handTo").toString().strip();
    return new Rule(handTo.isEmpty() ? null : handTo, Policy.of(row.get("policy")),
        "自动通过".equals(String.valueOf(row.get("sameApprover")).strip()));
  }, Rule.NONE);
}

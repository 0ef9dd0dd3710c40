package com.opsflow.approval.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.Refusal;
import com.opsflow.notification.NotificationLinks;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;

/**
 * 转办 and 委派: the person working a task hands it to a colleague who may do the same step (a member of
 * the step's candidate groups). Transfer makes the colleague the assignee for good; delegation is
 * Camunda's own: the colleague works on the task and, on submitting, it returns to the delegating
 * person (the owner) with the colleague's proposal filled in, for them to decide.
 */
@Service
public class TaskHandover {

  static final int MAX_COMMENT_LENGTH = 500;

  private final TaskService taskService;
  private final IdentityService identityService;
  private final Organisation org;
  private final Privileged privileged;
  private final Notifier notifier;
  private final NotificationLinks links;

  TaskHandover(TaskService taskService, IdentityService identityService, Organisation org, Privileged privileged,
      Notifier notifier, NotificationLinks links) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.org = org;
    this.privileged = privileged;
    this.notifier = notifier;
    this.links = links;
  }

  @Transactional
  public void transfer(String taskId, String caller, String colleague, String comment) {
    Task task = handOver(taskId, caller, colleague, comment, "转办");
    privileged.run(() -> {
      taskService.setAssignee(taskId, colleague);
      taskService.createComment(taskId, task.getProcessInstanceId(), "转办给" + org.displayName(colleague) + note(comment));
    });
    notifier.send("transfer:" + taskId + ":" + colleague + ":" + System.nanoTime(), List.of(colleague),
        "【转办】" + task.getName() + "（" + org.displayName(caller) + "转给您办理）",
        org.displayName(caller) + "把待办“" + task.getName() + "”转给您办理" + note(comment) + "。\n\n请点击链接办理："
            + links.task(taskId));
  }

  @Transactional
  public void delegate(String taskId, String caller, String colleague, String comment) {
    Task task = handOver(taskId, caller, colleague, comment, "委派");
    privileged.run(() -> {
      if (task.getAssignee() == null) {
        taskService.claim(taskId, caller); // so that the task comes back to the caller
      }
      taskService.delegateTask(taskId, colleague);
      taskService.createComment(taskId, task.getProcessInstanceId(), "委派" + org.displayName(colleague) + "协助办理" + note(comment));
    });
    notifier.send("delegate:" + taskId + ":" + colleague + ":" + System.nanoTime(), List.of(colleague),
        "【委派】" + task.getName() + "（" + org.displayName(caller) + "请您协助办理）",
        org.displayName(caller) + "请您协助办理待办“" + task.getName() + "”" + note(comment)
            + "。您提交后，待办交回" + org.displayName(caller) + "作最终决定。\n\n请点击链接办理：" + links.task(taskId));
  }

  /** The colleagues the caller may transfer or delegate the task to. */
  public List<String> colleagues(String taskId, String caller) {
    Task task = workableTask(taskId, caller);
    return allowedFor(task).stream().filter(user -> !user.equals(caller)).toList();
  }

  /** Who delegated the task to the caller, while it is with them; empty when it is not delegated. */
  public Optional<String> delegatedBy(String taskId, String caller) {
    Task task = workableTask(taskId, caller);
    return task.getDelegationState() == DelegationState.PENDING && task.getOwner() != null
        ? Optional.of(org.displayName(task.getOwner())) : Optional.empty();
  }

  /** The task, if the caller may work it; to anyone else it does not exist. */
  /** The application a task belongs to, for those who may work the task. */
  public String processInstanceOf(String taskId, String caller) {
    return workableTask(taskId, caller).getProcessInstanceId();
  }

  private Task workableTask(String taskId, String caller) {
    Task task = privileged.call(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null || !mayWork(task, caller)) {
      throw Refusal.notFound("没有找到这项待办，或您无权办理。");
    }
    return task;
  }

  private Task handOver(String taskId, String caller, String colleague, String comment, String what) {
    Task task = workableTask(taskId, caller);
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw Refusal.badRequest("这项待办正在委派中，请由受委派人办理后交回，再作" + what + "。");
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(caller)) {
      throw Refusal.forbidden("这项待办已由" + org.displayName(task.getAssignee()) + "认领，只有办理人可以" + what + "。");
    }
    if (colleague == null || colleague.isBlank()) {
      throw Refusal.badRequest("请选择" + what + "给谁。");
    }
    if (colleague.equals(caller)) {
      throw Refusal.badRequest("不能" + what + "给自己。");
    }
    if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
      throw Refusal.badRequest("说明不能超过 " + MAX_COMMENT_LENGTH + " 个字。");
    }
    User target = privileged.call(() -> identityService.createUserQuery().userId(colleague).singleResult());
    if (target == null) {
      throw Refusal.badRequest("用户“" + colleague + "”不存在。");
    }
    if (!allowedFor(task).contains(colleague)) {
      throw Refusal.forbidden(org.displayName(colleague) + "无权办理“" + task.getName() + "”，只能" + what
          + "给本环节有权办理的人员。");
    }
    return task;
  }

  /** The caller is the assignee, or — while nobody claimed it — one of its candidates. */
  private boolean mayWork(Task task, String caller) {
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(caller) || caller.equals(task.getOwner());
    }
    return privileged.call(() -> taskService.createTaskQuery().taskId(task.getId()).taskCandidateUser(caller).count()) > 0;
  }

  /** Everyone the step is meant for: its candidate users and the members of its candidate groups. */
  private Set<String> allowedFor(Task task) {
    Set<String> users = new LinkedHashSet<>();
    List<IdentityLink> links = privileged.call(() -> taskService.getIdentityLinksForTask(task.getId()));
    for (IdentityLink link : links) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      } else {
        privileged.call(() -> identityService.createUserQuery().memberOfGroup(link.getGroupId()).list())
            .forEach(user -> users.add(user.getId()));
      }
    }
    return users;
  }

  private static String note(String comment) {
    return comment == null || comment.isBlank() ? "" : "，说明：" + comment.strip();
  }
}

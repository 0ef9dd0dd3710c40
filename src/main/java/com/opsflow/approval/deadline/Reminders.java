package com.opsflow.approval.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.cc.Involvement;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.Refusal;
import com.opsflow.notification.NotificationLinks;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;

/**
 * 催办: reminders to the people an application is waiting for — sent by the initiator by hand (at most
 * once per {@code opsflow.approval.remind-interval}) and by the deadline patrol before a task falls due.
 */
@Service
public class Reminders {

  private final TaskService taskService;
  private final ManualReminders manualReminders;
  private final Involvement involvement;
  private final Organisation org;
  private final Privileged privileged;
  private final Notifier notifier;
  private final NotificationLinks links;
  private final CompanyClock clock;
  private final Duration interval;

  Reminders(TaskService taskService, ManualReminders manualReminders, Involvement involvement, Organisation org,
      Privileged privileged, Notifier notifier, NotificationLinks links, CompanyClock clock,
      @Value("${opsflow.approval.remind-interval:PT4H}") Duration interval) {
    this.taskService = taskService;
    this.manualReminders = manualReminders;
    this.involvement = involvement;
    this.org = org;
    this.privileged = privileged;
    this.notifier = notifier;
    this.links = links;
    this.clock = clock;
    this.interval = interval;
  }

  /** @return the open tasks the reminder went out for */
  @Transactional
  public List<String> remindByInitiator(String processInstanceId, String caller) {
    involvement.instanceFor(processInstanceId, caller, true);
    if (!involvement.isInitiator(processInstanceId, caller)) {
      throw Refusal.forbidden("只有申请人本人可以催办。");
    }
    List<Task> waiting = privileged.call(() -> taskService.createTaskQuery().processInstanceId(processInstanceId).list())
        .stream().filter(task -> !caller.equals(task.getAssignee())).toList();
    if (waiting.isEmpty()) {
      throw Refusal.badRequest("这项申请当前没有等待他人办理的待办，无需催办。");
    }
    Instant now = clock.now();
    ManualReminder last = manualReminders.findById(processInstanceId).orElseGet(() -> new ManualReminder(processInstanceId));
    if (last.remindedAt() != null && last.remindedAt().plus(interval).isAfter(now)) {
      throw Refusal.badRequest("催办过于频繁：上次催办在 " + clock.format(last.remindedAt()) + "，"
          + clock.format(last.remindedAt().plus(interval)) + " 之后才能再次催办。");
    }
    last.remind(caller, now);
    manualReminders.save(last);
    for (Task task : waiting) {
      remind(task, "manual-reminder:" + task.getId() + ":" + now.toEpochMilli(),
          org.displayName(caller) + "催办：请尽快办理待办“" + task.getName() + "”。");
      privileged.run(() -> taskService.createComment(task.getId(), processInstanceId, org.displayName(caller) + "催办"));
    }
    return waiting.stream().map(Task::getId).toList();
  }

  /** Mails the people who may work the task (its assignee, or its candidates). */
  void remind(Task task, String eventKey, String message) {
    notifier.send(eventKey, notifier.peopleWhoMayWork(task.getAssignee(),
        privileged.call(() -> taskService.getIdentityLinksForTask(task.getId()))), "【催办】" + task.getName(),
        message + "\n办理期限：" + (task.getDueDate() == null ? "未设期限" : clock.format(task.getDueDate().toInstant()))
            + "\n\n请点击链接办理：" + links.task(task.getId()));
  }
}

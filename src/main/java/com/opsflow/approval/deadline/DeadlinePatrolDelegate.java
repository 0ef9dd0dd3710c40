package com.opsflow.approval.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.opsflow.approval.deadline.TaskDeadlines.DeadlineRule;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.notification.NotificationLinks;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/**
 * 到期提醒与逾期升级, run by the timer of {@code task-deadline-patrol.bpmn}: per task-deadline.dmn, a task
 * within its reminder period gets one reminder; an overdue one is escalated once — the step's escalation
 * group becomes a candidate too and is told. Each happens once per task, however often the patrol runs.
 */
@Component("deadlinePatrol")
public class DeadlinePatrolDelegate implements JavaDelegate {

  /** The longest reminder period looked ahead; a longer one in the table is cut to this. */
  static final Duration LOOK_AHEAD = Duration.ofDays(7);
  private static final int PAGE = 500;

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final Reminders reminders;
  private final Privileged privileged;
  private final Notifier notifier;
  private final Organisation org;
  private final NotificationLinks links;
  private final CompanyClock clock;
  private final String cycle;

  DeadlinePatrolDelegate(TaskService taskService, RepositoryService repositoryService, IdentityService identityService,
      Reminders reminders, Privileged privileged, Notifier notifier, Organisation org, NotificationLinks links, CompanyClock clock,
      @Value("${opsflow.approval.patrol-cycle:0 0/30 * * * ?}") String cycle) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.reminders = reminders;
    this.privileged = privileged;
    this.notifier = notifier;
    this.org = org;
    this.links = links;
    this.clock = clock;
    this.cycle = cycle;
  }

  /** The patrol's timer, e.g. {@code 0 0/30 * * * ?} (every half hour), from {@code opsflow.approval.patrol-cycle}. */
  public String getCycle() {
    return cycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = clock.now();
    Map<String, String> processKeys = new HashMap<>();
    int first = 0;
    List<Task> page;
    do {
      int from = first;
      page = privileged.call(() -> taskService.createTaskQuery().dueBefore(Date.from(now.plus(LOOK_AHEAD)))
          .orderByTaskId().asc().listPage(from, PAGE));
      for (Task task : page) {
        String processKey = processKeys.computeIfAbsent(task.getProcessDefinitionId(),
            id -> privileged.call(() -> repositoryService.getProcessDefinition(id).getKey()));
        check(task, TaskDeadlines.rule(processKey, task.getTaskDefinitionKey()), now);
      }
      first += PAGE;
    } while (page.size() == PAGE);
  }

  /** The head group of the assignee's department; 管理层 for someone in no single department. */
  private String headOf(String assignee) {
    if (assignee == null) {
      return null;
    }
    try {
      return Groups.headGroupOf(privileged.call(() -> org.departmentOf(assignee)));
    } catch (SubmissionRefused notInOneDepartment) {
      return Groups.MANAGEMENT;
    }
  }

  private void check(Task task, DeadlineRule rule, Instant now) {
    Instant due = task.getDueDate().toInstant();
    if (!now.isBefore(due)) {
      escalate(task, rule.escalateTo(), due);
    } else if (rule.remindBefore() != null && !now.isBefore(due.minus(rule.remindBefore()))) {
      reminders.remind(task, "deadline-reminder:" + task.getId(),
          "待办“" + task.getName() + "”即将到期，请在 " + clock.format(due) + " 前办理。");
    }
  }

  private void escalate(Task task, String escalateTo, Instant due) {
    String group = TaskDeadlines.ASSIGNEE_HEAD.equals(escalateTo) ? headOf(task.getAssignee()) : escalateTo;
    if (group == null) {
      return;
    }
    boolean escalated = privileged.call(() -> taskService.getIdentityLinksForTask(task.getId())).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && group.equals(link.getGroupId()));
    if (escalated) {
      return;
    }
    Group target = privileged.call(() -> identityService.createGroupQuery().groupId(group).singleResult());
    String groupName = target == null ? group : target.getName();
    privileged.run(() -> {
      taskService.addCandidateGroup(task.getId(), group);
      taskService.createComment(task.getId(), task.getProcessInstanceId(),
          "已逾期（办理期限 " + clock.format(due) + "），自动升级至" + groupName + "督办");
    });
    notifier.send("escalation:" + task.getId(), notifier.people(List.of(group), List.of()),
        "【逾期升级】" + task.getName(),
        "待办“" + task.getName() + "”已超过办理期限（" + clock.format(due) + "）仍未办理，已升级至" + groupName
            + "，您现在也可以办理或督促办理。\n\n请点击链接查看：" + links.task(task.getId()));
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import com.opsflow.notification.NotificationLinks;
import com.opsflow.notification.Notifier;
import com.opsflow.supervision.FindingRectificationProcess.Elements;

/**
 * 整改提醒 (SV-3.4.2): before the deadline, the people who may submit the department's result and the supervisors in
 * charge get a mail; the reminder is a comment on the application and is kept on the round.
 */
@Component("remindRectification")
class RemindRectificationDelegate implements JavaDelegate {

  private final Rectifications rectifications;
  private final TaskService taskService;
  private final CompanyClock clock;
  private final Notifier notifier;
  private final NotificationLinks links;

  RemindRectificationDelegate(Rectifications rectifications, TaskService taskService, CompanyClock clock, Notifier notifier,
      NotificationLinks links) {
    this.rectifications = rectifications;
    this.taskService = taskService;
    this.clock = clock;
    this.notifier = notifier;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectifications.remind((Long) execution.getVariable(FINDING_ID), clock.now());
    String reminder = "整改提醒：整改期限 " + execution.getVariable(RECTIFICATION_DEADLINE) + " 即将到期，请按时完成整改并提交结果。";
    taskService.createComment(null, execution.getProcessInstanceId(), reminder);
    Task report = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Elements.REPORT_RECTIFICATION).singleResult();
    if (report == null) {
      return;
    }
    Set<String> told = new LinkedHashSet<>(notifier.peopleWhoMayWork(report.getAssignee(),
        taskService.getIdentityLinksForTask(report.getId())));
    if (execution.getVariable(SUPERVISOR_LIST) instanceof String supervisors) {
      for (String supervisor : supervisors.split(",")) {
        if (!supervisor.isBlank()) {
          told.add(supervisor.strip());
        }
      }
    }
    String what = execution.getVariable(AUDIT_NUMBER) + " · " + execution.getVariable(FINDING_TITLE);
    notifier.send("rectification-reminder:" + execution.getId() + ":" + clock.now().toEpochMilli(), told,
        "【整改提醒】" + what, reminder + "\n\n问题：" + what + "\n办理：" + links.task(report.getId()));
  }
}

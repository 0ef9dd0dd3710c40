package com.opsflow.notification;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.EveryUserTask;
import com.opsflow.kernel.Steps;

/**
 * Every new task, in every process, mails the people who may work it (its assignee, or its candidates)
 * with a link straight to the task in Tasklist. Added to every user task at parse time, after the due
 * date is set, so no diagram has to remember it.
 */
@Component
@Order(2)
class NewTaskMails extends AbstractProcessEnginePlugin {

  private final Notifier notifier;
  private final NotificationLinks links;
  private final CompanyClock clock;

  NewTaskMails(@Lazy Notifier notifier, NotificationLinks links, CompanyClock clock) {
    this.notifier = notifier;
    this.links = links;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, NewTaskMails.this::mail);
  }

  void mail(DelegateTask task) {
    if (Steps.decidedAutomatically(task.getExecution())) {
      return;
    }
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    String process = execution.getProcessDefinition().getName();
    String businessKey = execution.getProcessBusinessKey();
    String what = process + (businessKey == null ? "" : "（" + businessKey + "）");
    notifier.send("task-created:" + task.getId(), notifier.peopleWhoMayWork(task.getAssignee(), task.getCandidates()),
        "【新待办】" + task.getName() + " - " + what,
        "您有一项新的待办：" + task.getName() + "\n流程：" + what
            + "\n办理期限：" + (task.getDueDate() == null ? "未设期限" : clock.format(task.getDueDate().toInstant()))
            + "\n\n请点击链接办理：" + links.task(task.getId()));
  }
}

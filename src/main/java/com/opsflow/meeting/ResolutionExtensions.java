package com.opsflow.meeting;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.Privileged;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;

/**
 * 决议延期 (OM-8.4): 运营部 moves an open item's 完成时间 with a reason; the 责任人's task gets the new due date (the
 * deadline patrol reminds and escalates against it) and the 责任人 is told.
 */
@Service
class ResolutionExtensions {

  static final int REASON_LIMIT = 500;

  private final ResolutionBook book;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Privileged privileged;
  private final Notifier notifier;
  private final Organisation org;
  private final CompanyClock clock;

  ResolutionExtensions(ResolutionBook book, RuntimeService runtimeService, TaskService taskService, Privileged privileged,
      Notifier notifier, Organisation org, CompanyClock clock) {
    this.book = book;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.privileged = privileged;
    this.notifier = notifier;
    this.org = org;
    this.clock = clock;
  }

  @Transactional
  Resolution extend(String number, Object due, Object reason, String actor) {
    FieldChecks checks = new FieldChecks();
    LocalDate newDue = checks.date(due, "新的完成时间");
    String why = checks.text(reason, "延期原因", REASON_LIMIT, true);
    checks.refuseIfAny();
    Resolution resolution = book.extended(number, newDue, why, actor);
    Date dueDate = Date.from(resolution.dueAt());
    privileged.run(() -> {
      if (resolution.processInstanceId() != null) {
        runtimeService.setVariable(resolution.processInstanceId(), MeetingResolutionProcess.Variables.DUE, dueDate);
        runtimeService.setVariable(resolution.processInstanceId(), MeetingResolutionProcess.Variables.DUE_TEXT,
            clock.format(resolution.dueAt()));
        for (Task task : taskService.createTaskQuery().processInstanceId(resolution.processInstanceId())
            .taskDefinitionKey(MeetingResolutionProcess.Elements.EXECUTE).list()) {
          task.setDueDate(dueDate);
          taskService.saveTask(task);
          taskService.createComment(task.getId(), task.getProcessInstanceId(),
              org.displayName(actor) + "将完成时间延至 " + clock.format(resolution.dueAt()) + "：" + why);
        }
      }
    });
    notifier.send("resolution-extended:" + number + ":" + resolution.extensions(), List.of(resolution.owner()),
        "【决议延期】" + resolution.subject(),
        org.displayName(actor) + "将决议 " + number + "“" + resolution.subject() + "”的完成时间延至 " + clock.format(resolution.dueAt())
            + "。\n延期原因：" + why);
    return resolution;
  }
}

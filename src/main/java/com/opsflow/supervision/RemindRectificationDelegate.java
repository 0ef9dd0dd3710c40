package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/** 整改提醒: before the deadline, the department is reminded (a comment on its task, kept on the round). */
@Component("remindRectification")
class RemindRectificationDelegate implements JavaDelegate {

  private final Rectifications rectifications;
  private final TaskService taskService;
  private final CompanyClock clock;

  RemindRectificationDelegate(Rectifications rectifications, TaskService taskService, CompanyClock clock) {
    this.rectifications = rectifications;
    this.taskService = taskService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectifications.remind((Long) execution.getVariable(FINDING_ID), clock.now());
    taskService.createComment(null, execution.getProcessInstanceId(),
        "整改提醒：整改期限 " + execution.getVariable(RECTIFICATION_DEADLINE) + " 即将到期，请按时完成整改并提交结果。");
  }
}

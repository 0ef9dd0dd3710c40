package com.opsflow.approval.deadline;


/** Names in {@code task-deadline-patrol.bpmn} (待办到期提醒与逾期升级), which Java refers to. */
public final class TaskDeadlinePatrolProcess {

  public static final String KEY = "task-deadline-patrol";

  private TaskDeadlinePatrolProcess() {
  }
}

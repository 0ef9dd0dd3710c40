package com.opsflow.operations;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Privileged;

/** A department's open tasks: those of the department or of its head, claimed or not. */
@Component
class DepartmentTasks {

  private final TaskService taskService;
  private final Privileged privileged;

  DepartmentTasks(TaskService taskService, Privileged privileged) {
    this.taskService = taskService;
    this.privileged = privileged;
  }

  long open(String department) {
    return count(department, null);
  }

  long overdue(String department, Date now) {
    return count(department, now);
  }

  private long count(String department, Date overdueAt) {
    return privileged.call(() -> {
      var query = taskService.createTaskQuery()
          .taskCandidateGroupIn(List.of(department, Groups.headGroupOf(department))).includeAssignedTasks();
      if (overdueAt != null) {
        query.dueBefore(overdueAt);
      }
      return query.count();
    });
  }
}

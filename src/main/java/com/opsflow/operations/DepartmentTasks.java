package com.opsflow.operations;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.Privileged;
import com.opsflow.organisation.Directory;
import com.opsflow.organisation.Groups;

/**
 * A department's open tasks: those offered to the department or its head (claimed or not), and those
 * assigned to one of its people (e.g. a plan returned to its drafter).
 */
@Component
public class DepartmentTasks {

  private final TaskService taskService;
  private final Directory directory;
  private final Privileged privileged;

  DepartmentTasks(TaskService taskService, Directory directory, Privileged privileged) {
    this.taskService = taskService;
    this.directory = directory;
    this.privileged = privileged;
  }

  public long open(String department) {
    return count(department, null);
  }

  public long overdue(String department, Date now) {
    return count(department, now);
  }

  private long count(String department, Date overdueAt) {
    return privileged.call(() -> {
      String[] people = directory.members(department).toArray(String[]::new);
      TaskQuery offeredOrAssigned = taskService.createTaskQuery().or()
          .taskCandidateGroupIn(List.of(department, Groups.headGroupOf(department))).includeAssignedTasks();
      if (people.length > 0) {
        offeredOrAssigned.taskAssigneeIn(people);
      }
      TaskQuery query = offeredOrAssigned.endOr();
      if (overdueAt != null) {
        query.dueBefore(overdueAt);
      }
      return query.count();
    });
  }
}

package com.opsflow.tasklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.opsflow.approval.application.TaskCards;

/**
 * The three Tasklist filters every employee finds ready: 我的待办, 部门待办 and 已逾期. They are global
 * filters readable by everyone; the engine's task authorizations still decide which tasks each person
 * sees in them. Created at first start; later starts bring their queries up to date.
 */
@Component
@Order(10)
class TasklistFilters implements ApplicationRunner {

  static final String MY_TASKS = "我的待办";
  static final String DEPARTMENT_TASKS = "部门待办";
  static final String OVERDUE = "已逾期";

  /** What each task card shows besides the step's name: the task-local copies made by {@link TaskCards}. */
  private static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", TaskCards.NUMBER, "label", "编号"),
      Map.of("name", TaskCards.DEPARTMENT, "label", "部门"),
      Map.of("name", TaskCards.APPLICANT, "label", "申请人"),
      Map.of("name", TaskCards.DELEGATED_BY, "label", "委派人"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    create(MY_TASKS, -10, "分配给我、由我办理的任务",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    // candidate user covers the user's groups too, and the tasks named for them (e.g. the assigned supervisors)
    create(DEPARTMENT_TASKS, -5, "我所在部门、角色或我本人可以认领的任务",
        taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}"));
    create(OVERDUE, 0, "已超过到期时间、仍未办理的任务",
        taskService.createTaskQuery().dueBeforeExpression("${now()}"));
  }

  private void create(String name, int priority, String description, TaskQuery query) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      // ours to maintain: a newer release may sharpen the query or change the cards; the name, order,
      // description and permissions stay as an administrator may have set them
      Map<String, Object> properties = new HashMap<>(existing.getProperties() == null ? Map.of() : existing.getProperties());
      properties.put("variables", CARD_VARIABLES);
      filterService.saveFilter(existing.setQuery(query.orderByDueDate().asc()).setProperties(properties));
      return;
    }
    Filter filter = filterService.newTaskFilter(name)
        .setQuery(query.orderByDueDate().asc())
        .setProperties(Map.of(
            "priority", priority,
            "description", description,
            "refresh", true,
            "variables", CARD_VARIABLES));
    filterService.saveFilter(filter);
    Authorization everyoneReads = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyoneReads.setResource(Resources.FILTER);
    everyoneReads.setResourceId(filter.getId());
    everyoneReads.setUserId(Authorization.ANY);
    everyoneReads.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(everyoneReads);
  }
}

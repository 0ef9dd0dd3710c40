package com.opsflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.opsflow.support.EngineTest;

/**
 * The three Tasklist filters answered by {@code tasklist-queries.xml} list and count exactly what Camunda's
 * own task query does, for people of different departments and roles; a query with a criterion the file does
 * not translate is left to Camunda.
 */
class TasklistQueriesTest extends EngineTest {

  private static final String PROCESS = "tasklist-queries-test";

  private final List<Boolean> translated = new ArrayList<>();
  private final Set<String> countedWith = new HashSet<>();
  private SessionFactory ourTasks;
  private SessionFactory ourAuthorizations;
  private final List<String> grants = new ArrayList<>();

  @BeforeEach
  void openTasksOfEveryKind() {
    ourTasks = configuration().getSessionFactories().get(TaskManager.class);
    ourAuthorizations = configuration().getSessionFactories().get(AuthorizationManager.class);
    configuration().getSessionFactories().put(TaskManager.class, new Recording());
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
        .userTask().name("办理").camundaCandidateGroups("${groups}").camundaCandidateUsers("${users}")
        .camundaAssignee("${assignee}").camundaDueDate("${due}")
        .endEvent().done();
    // a candidate starter is a candidate link without a task: it must not count as one
    model.<Process>getModelElementById(PROCESS).setCamundaCandidateStarterUsers("kongming");
    engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", model)
        .enableDuplicateFiltering(true).deploy();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS)
        .latestVersion().singleResult().getId();
    assertThat(engine.getRepositoryService().getIdentityLinksForProcessDefinition(definition))
        .extracting(IdentityLink::getUserId).containsExactly("kongming");
    start("市场部，已逾期", List.of("mkt"), List.of(), null, -1);
    start("销售部", List.of("sales"), List.of(), null, 7);
    start("点名李娜", List.of(), List.of("lina"), null, 6);
    start("市场部，王芳已认领", List.of("mkt"), List.of(), "wangfang", 5);
    start("市场部负责人", List.of("mktHead"), List.of(), null, null);
    start("市场部及其负责人", List.of("mkt", "mktHead"), List.of("lina"), null, 4); // three links for 李娜, one task
    start("运营部与市场部", List.of("ops", "mkt"), List.of(), null, -2);
    start("李娜办理，已逾期", List.of(), List.of(), "lina", -3);
    start("销售部，已逾期", List.of("sales"), List.of(), null, -4);
    // the other two ways a task is readable: READ_TASK on its process definition, READ on every task
    grant(Authorization.AUTH_TYPE_GRANT, null, "management", Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ_TASK);
    grant(Authorization.AUTH_TYPE_GRANT, "kongming", null, Resources.TASK, Authorization.ANY, Permissions.READ);
    translated.clear();
  }

  @AfterEach
  void productionManagersAgain() {
    configuration().getSessionFactories().put(TaskManager.class, ourTasks);
    configuration().getSessionFactories().put(AuthorizationManager.class, ourAuthorizations);
    grants.forEach(id -> engine.getAuthorizationService().deleteAuthorization(id));
  }

  @Test
  void eachDepartmentSeesItsOwnTasksAndOnlyThose() {
    assertThat(names("lina", TasklistFilters.DEPARTMENT_TASKS))
        .containsExactlyInAnyOrder("市场部，已逾期", "点名李娜", "市场部负责人", "市场部及其负责人", "运营部与市场部");
    assertThat(names("wangfang", TasklistFilters.DEPARTMENT_TASKS))
        .containsExactlyInAnyOrder("市场部，已逾期", "市场部及其负责人", "运营部与市场部");
    assertThat(names("zhaoqiang", TasklistFilters.DEPARTMENT_TASKS)).containsExactlyInAnyOrder("销售部", "销售部，已逾期");
    assertThat(names("lina", TasklistFilters.MY_TASKS)).containsExactly("李娜办理，已逾期");
    assertThat(names("lina", TasklistFilters.OVERDUE)).containsExactlyInAnyOrder("市场部，已逾期", "运营部与市场部", "李娜办理，已逾期");
    assertThat(names("yangjianguo", TasklistFilters.OVERDUE)).as("management reads the tasks of the process").hasSize(4);
    assertThat(names("kongming", TasklistFilters.OVERDUE)).as("a grant on every task").hasSize(4);
    assertThat(translated).isNotEmpty().containsOnly(true);
  }

  @Test
  void everyFilterListsAndCountsWhatCamundaDoes() {
    List<Supplier<TaskQuery>> extendingQueries = List.of(
        () -> null,
        () -> engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc().orderByTaskId().desc(),
        () -> engine.getTaskService().createTaskQuery().orderByDueDate().desc().orderByTaskId().asc(),
        () -> engine.getTaskService().createTaskQuery().orderByTaskPriority().asc().orderByTaskId().asc(),
        // the claimed tasks too, or only active ones: counted from the candidate links, or from the tasks
        () -> engine.getTaskService().createTaskQuery().taskCandidateUser("lina").includeAssignedTasks(),
        () -> engine.getTaskService().createTaskQuery().active(),
        // not translated: case-insensitive name order, a variable, or-queries
        () -> engine.getTaskService().createTaskQuery().orderByTaskNameCaseInsensitive().asc(),
        () -> engine.getTaskService().createTaskQuery().processVariableValueEquals("assignee", "wangfang"),
        () -> engine.getTaskService().createTaskQuery().or().taskName("销售部").taskName("点名李娜").endOr());
    for (String user : List.of("lina", "wangfang", "zhaoqiang", "zhoumin", "yangjianguo", "kongming", "admin")) {
      for (Filter filter : engine.getFilterService().createFilterQuery().list()) {
        for (Supplier<TaskQuery> extending : extendingQueries) {
          String what = user + " " + filter.getName() + " " + extendingQueries.indexOf(extending);
          assertThat(answer(user, filter, extending, this::ours)).as(what)
              .isEqualTo(answer(user, filter, extending, this::camunda));
        }
      }
    }
    assertThat(translated).contains(true, false);
    // 部门待办 is counted from the candidate links on PostgreSQL, from the tasks on H2
    assertThat(countedWith).contains(TasklistTaskManager.COUNT, "selectTaskCountByQueryCriteria");
    if ("postgres".equals(configuration().getDatabaseType())) {
      assertThat(countedWith).contains(TasklistTaskManager.COUNT_OFFERED);
    } else {
      assertThat(countedWith).doesNotContain(TasklistTaskManager.COUNT_OFFERED);
    }
  }

  @Test
  void theGroupsHoldingAuthorizationsAreThoseCamundaFinds() {
    List<String> groups = List.of("mkt", "mktHead", "nobody", "sales", "management", "mkt");
    Supplier<List<String>> withAuthorizations = () -> configuration().getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
    List<String> ours = withAuthorizations.get();
    camunda();
    assertThat(ours).containsExactlyInAnyOrderElementsOf(withAuthorizations.get()).doesNotContain("nobody");
  }

  /** The tasks of a filter as a list, a page of two and a count, answered by our managers or Camunda's. */
  private List<Object> answer(String user, Filter filter, Supplier<TaskQuery> extending, Runnable managers) {
    managers.run();
    try {
      var filters = engine.getFilterService();
      return acting.as(user, () -> List.of(
          ids(extending.get() == null ? filters.list(filter.getId()) : filters.list(filter.getId(), extending.get())),
          ids(extending.get() == null ? filters.listPage(filter.getId(), 1, 2)
              : filters.listPage(filter.getId(), extending.get(), 1, 2)),
          extending.get() == null ? filters.count(filter.getId()) : filters.count(filter.getId(), extending.get())));
    } finally {
      ours();
    }
  }

  private void ours() {
    configuration().getSessionFactories().put(TaskManager.class, new Recording());
    configuration().getSessionFactories().put(AuthorizationManager.class, ourAuthorizations);
  }

  private void camunda() {
    configuration().getSessionFactories().put(TaskManager.class, new GenericManagerFactory(TaskManager.class));
    configuration().getSessionFactories().put(AuthorizationManager.class, new GenericManagerFactory(AuthorizationManager.class));
  }

  private List<String> names(String user, String filterName) {
    Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
    return acting.as(user, () -> engine.getFilterService().<Task>list(filter.getId()).stream().map(Task::getName).toList());
  }

  private static List<String> ids(List<?> tasks) {
    return tasks.stream().map(task -> ((Task) task).getId()).toList();
  }

  /** A task due in the given number of days, or without due date. */
  private void start(String name, List<String> groups, List<String> users, String assignee, Integer dueInDays) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("groups", groups);
    variables.put("users", users);
    variables.put("assignee", assignee);
    variables.put("due", dueInDays == null ? null
        : new Date(ClockUtil.getCurrentTime().getTime() + dueInDays * 24 * 3600 * 1000L));
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, variables).getId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    task.setName(name);
    engine.getTaskService().saveTask(task);
  }

  private void grant(int type, String user, String group, Resources resource, String resourceId, Permissions permission) {
    Authorization authorization = engine.getAuthorizationService().createNewAuthorization(type);
    authorization.setUserId(user);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    grants.add(engine.getAuthorizationService().saveAuthorization(authorization).getId());
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** Ours, noting for each query whether our statements answered it. */
  private class Recording implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return TaskManager.class;
    }

    @Override
    public Session openSession() {
      return new TasklistTaskManager(configuration().getDatabaseType()) {
        @Override
        public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
          List<Task> tasks = super.findTasksByQueryCriteria(query);
          translated.add(translatable(query));
          return tasks;
        }

        @Override
        String countStatement(TaskQueryImpl query) {
          String statement = super.countStatement(query);
          countedWith.add(statement);
          return statement;
        }
      };
    }
  }
}

package com.opsflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.opsflow.support.TestDatabase;

/**
 * The benchmark harness (not part of the test run): {@code mvn -Pbenchmark verify}. Prints a table and
 * writes it to target/benchmark.md. Arguments (system properties): benchmark.lifecycles (default 30),
 * benchmark.tasks (open tasks for the 部门待办 query, default 10000,100000), benchmark.databases
 * (default h2,postgres), benchmark.jobs (default 2000), benchmark.yearLifecycles (annual-plan lifecycles
 * spread over one year before the 运营看板 is timed, default 1000).
 */
public final class Benchmark {

  private final List<String> rows = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    new Benchmark().run();
    System.exit(0);
  }

  void run() throws IOException {
    int lifecycles = Integer.getInteger("benchmark.lifecycles", 30);
    List<Integer> taskCounts = Arrays.stream(System.getProperty("benchmark.tasks", "10000,100000").split(","))
        .map(String::strip).map(Integer::valueOf).toList();
    List<String> databases = List.of(System.getProperty("benchmark.databases", "h2,postgres").split(","));
    int jobs = Integer.getInteger("benchmark.jobs", 2000);
    int yearLifecycles = Integer.getInteger("benchmark.yearLifecycles", 1000);
    rows.add("| measurement | database | value |");
    rows.add("|---|---|---|");
    for (String database : databases) {
      String url = "postgres".equals(database) ? TestDatabase.newDatabase()
          : "jdbc:h2:file:./target/benchmark/h2-" + System.nanoTime() + ";DB_CLOSE_ON_EXIT=FALSE";
      try (ConfigurableApplicationContext node = Nodes.start(database, url, "bench", false)) {
        ProcessEngine engine = node.getBean(ProcessEngine.class);
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        lifecycleOfPlanApproval(engine, jdbc, database, lifecycles);
        dashboardWithAYearOfHistory(node, database, yearLifecycles);
        for (int tasks : taskCounts) {
          departmentTasksQuery(engine, database, tasks);
        }
      }
    }
    if (databases.contains("postgres")) {
      jobThroughput(jobs, 1);
      jobThroughput(jobs, 2);
    }
    String table = String.join("\n", rows) + "\n";
    System.out.println(table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "benchmark.md"), "# opsflow benchmark\n\n" + machine() + "\n\n" + table);
  }

  /** An annual plan as 王芳 drafts it and 李娜, 吴磊, 杨建国 approve it, against the same shape on the bare engine. */
  void lifecycleOfPlanApproval(ProcessEngine engine, JdbcTemplate jdbc, String database, int lifecycles) {
    Actors actors = new Actors(engine);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    Runnable ours = () -> {
      jdbc.update("update operation_plan set active_period_key = null");
      String instance = actors.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan()).getId());
      for (String reviewer : List.of("lina", "wulei", "yangjianguo")) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        actors.as(reviewer, () -> engine.getFormService().submitTaskForm(task.getId(), Map.of("decision", "APPROVE")));
      }
    };
    String bare = deployBareShape(engine, "bench-bare-plan", List.of("mktHead", "ops", "management"));
    Runnable bareLifecycle = () -> {
      String instance = actors.as("wangfang", () -> engine.getRuntimeService().startProcessInstanceByKey(bare).getId());
      for (String reviewer : List.of("lina", "wulei", "yangjianguo")) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        actors.as(reviewer, () -> engine.getTaskService().complete(task.getId(), Variables.putValue("decision", "APPROVE")));
      }
    };
    double oursMs = timePerLifecycle(ours, lifecycles);
    double bareMs = timePerLifecycle(bareLifecycle, lifecycles);
    rows.add(row("运营计划审批（年度）: lifecycles/s", database, String.format("%.1f", 1000 / oursMs)));
    rows.add(row("运营计划审批（年度）: ms per user-task completion (start + 3 reviews)", database, String.format("%.2f", oursMs / 4)));
    rows.add(row("bare engine, same shape: ms per user-task completion", database, String.format("%.2f", bareMs / 4)));
    rows.add(row("ratio ours / bare", database, String.format("%.2f×", oursMs / bareMs)));
  }

  /**
   * 运营看板 after a year of work: annual plans drafted and approved on days spread over 2026 (four
   * completed tasks each, history full), then the dashboard of that year for the company and for one department.
   */
  void dashboardWithAYearOfHistory(ConfigurableApplicationContext node, String database, int lifecycles) {
    ProcessEngine engine = node.getBean(ProcessEngine.class);
    JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
    Actors actors = new Actors(engine);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    java.time.Instant newYear = java.time.Instant.parse("2026-01-01T02:00:00Z");
    for (int i = 0; i < lifecycles; i++) {
      java.time.Instant day = newYear.plus(java.time.Duration.ofMinutes((long) i * 365 * 24 * 60 / lifecycles));
      org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(day));
      jdbc.update("update operation_plan set active_period_key = null");
      String instance = actors.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan()).getId());
      int step = 0;
      for (String reviewer : List.of("lina", "wulei", "yangjianguo")) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(day.plus(java.time.Duration.ofHours(++step * 7L))));
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        actors.as(reviewer, () -> engine.getFormService().submitTaskForm(task.getId(), Map.of("decision", "APPROVE")));
      }
    }
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    long historicTasks = engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count();
    com.opsflow.operations.OperationsDashboard dashboard = node.getBean(com.opsflow.operations.OperationsDashboard.class);
    for (String department : java.util.Arrays.asList(null, "mkt")) {
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        long start = System.nanoTime();
        dashboard.of(2026, department);
        millis.add((System.nanoTime() - start) / 1e6);
      }
      millis.sort(Double::compare);
      rows.add(row("运营看板 for 2026, " + (department == null ? "whole company" : "one department") + ", "
          + historicTasks + " completed tasks in history: p50 / p95 ms", database,
          String.format("%.1f / %.1f", millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95) - 1))));
    }
  }

  /**
   * The 部门待办 filter as Tasklist issues it (first page of 15 + count), for a 市场部 head, authorizations on.
   * One process for all sizes: each size tops up the open tasks of the one before, so that 100000 means 100000.
   */
  void departmentTasksQuery(ProcessEngine engine, String database, int openTasks) {
    List<String> departments = engine.getIdentityService().createGroupQuery().groupType("department").list().stream()
        .map(Group::getId).toList();
    String key = deployBareShape(engine, "bench-open-task", List.of("${department}"));
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    int existing = (int) engine.getTaskService().createTaskQuery().processDefinitionKey(key).count();
    for (int chunk = existing; chunk < openTasks; chunk += 500) {
      int from = chunk;
      configuration.getCommandExecutorTxRequired().execute(context -> {
        for (int i = from; i < Math.min(from + 500, openTasks); i++) {
          engine.getRuntimeService().startProcessInstanceByKey(key,
              Variables.putValue("department", departments.get(i % departments.size())));
        }
        return null;
      });
    }
    Filter filter = engine.getFilterService().createFilterQuery().filterName("部门待办").singleResult();
    Actors actors = new Actors(engine);
    List<Double> millis = new ArrayList<>();
    for (int run = 0; run < 60; run++) {
      long start = System.nanoTime();
      actors.as("lina", () -> {
        engine.getFilterService().listPage(filter.getId(), 0, 15);
        return engine.getFilterService().count(filter.getId());
      });
      if (run >= 10) {
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    millis.sort(Double::compare);
    rows.add(row("部门待办 page of 15 + count, " + openTasks + " open tasks: p50 / p95 ms", database,
        String.format("%.1f / %.1f", millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95) - 1))));
  }

  /** Jobs per second on one node and on two nodes sharing one PostgreSQL. */
  void jobThroughput(int jobs, int nodes) {
    String url = TestDatabase.newDatabase();
    List<ConfigurableApplicationContext> cluster = new ArrayList<>();
    try {
      cluster.add(Nodes.start("postgres", url, "A", true));
      JdbcTemplate jdbc = cluster.get(0).getBean(JdbcTemplate.class);
      jdbc.execute("create table cluster_side_effect (process_instance_id varchar(64) not null, step varchar(16) not null, "
          + "node varchar(8) not null)");
      if (nodes == 2) {
        cluster.add(Nodes.start("postgres", url, "B", true));
      }
      ProcessEngine engine = cluster.get(0).getBean(ProcessEngine.class);
      String key = "bench-jobs";
      engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
          .camundaHistoryTimeToLive(1).startEvent().serviceTask().camundaAsyncBefore()
          .camundaExpression("${clusterSideEffects.record(execution, 'job')}").endEvent().done()).deploy();
      // suspend the definition while creating, so every node starts on a full queue
      engine.getRepositoryService().suspendProcessDefinitionByKey(key, true, null);
      engine.getRepositoryService().activateProcessDefinitionByKey(key);
      long start = System.nanoTime();
      for (int i = 0; i < jobs; i++) {
        engine.getRuntimeService().startProcessInstanceByKey(key);
      }
      while (jdbc.queryForObject("select count(*) from cluster_side_effect", Long.class) < jobs) {
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      rows.add(row("job executor: jobs/s with " + nodes + " node(s), " + jobs + " jobs (incl. creating them)", "postgres",
          String.format("%.0f", jobs / seconds)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      cluster.forEach(ConfigurableApplicationContext::close);
    }
  }

  static String deployBareShape(ProcessEngine engine, String key, List<String> candidateGroups) {
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent();
    for (String group : candidateGroups) {
      builder = builder.userTask().camundaCandidateGroups(group).exclusiveGateway();
    }
    BpmnModelInstance model = builder.endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).enableDuplicateFiltering(true).deploy();
    // the same grant as our processes have: every department may start it
    var authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION)
        .resourceId(key).count() == 0) {
      for (Group department : engine.getIdentityService().createGroupQuery().groupType("department").list()) {
        var grant = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(department.getId());
        grant.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
        grant.setResourceId(key);
        grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
        grant.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(grant);
      }
    }
    return key;
  }

  static double timePerLifecycle(Runnable lifecycle, int lifecycles) {
    for (int i = 0; i < Math.max(5, lifecycles / 5); i++) {
      lifecycle.run();
    }
    long start = System.nanoTime();
    for (int i = 0; i < lifecycles; i++) {
      lifecycle.run();
    }
    return (System.nanoTime() - start) / 1e6 / lifecycles;
  }

  static Map<String, Object> annualPlan() {
    return Variables.createVariables()
        .putValue("planType", "ANNUAL").putValue("periodYear", java.time.Year.now().getValue() + 1)
        .putValue("planTitle", "市场部年度运营计划").putValue("planSummary", "拓展华东市场")
        .putValue("planItems", SpinValues.jsonValue("[{\"goal\":\"品牌曝光\",\"task\":\"线下活动\",\"measures\":\"分季度执行\","
            + "\"deadline\":\"" + (java.time.Year.now().getValue() + 1) + "-06-30\",\"responsible\":\"王芳\",\"resources\":\"预算\","
            + "\"keyTask\":true}]").create());
  }

  static String row(String what, String database, String value) {
    return "| " + what + " | " + database + " | " + value + " |";
  }

  static String machine() {
    return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
        + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB. History level full, authorizations on.";
  }

  /** Runs engine calls as a demo user with their groups, the way Tasklist does. */
  record Actors(ProcessEngine engine) {
    <T> T as(String user, Supplier<T> call) {
      var identity = engine.getIdentityService();
      identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
      try {
        return call.get();
      } finally {
        identity.clearAuthentication();
      }
    }

    void as(String user, Runnable call) {
      as(user, () -> {
        call.run();
        return null;
      });
    }
  }
}

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
    List<String> parts = List.of(System.getProperty("benchmark.parts", "lifecycles,dashboard,tasks,jobs").split(","));
    int jobs = Integer.getInteger("benchmark.jobs", 2000);
    int yearLifecycles = Integer.getInteger("benchmark.yearLifecycles", 1000);
    rows.add("| measurement | database | value |");
    rows.add("|---|---|---|");
    for (String database : databases) {
      try (ConfigurableApplicationContext node = Nodes.start(database, newDatabase(database), "bench", false)) {
        ProcessEngine engine = node.getBean(ProcessEngine.class);
        if (parts.contains("lifecycles")) {
          ProcessEngine bare = BareEngine.start(database, newDatabase(database), groupsOf(engine, Lifecycles.PEOPLE));
          try {
            List<Lifecycles.Lifecycle> all = new Lifecycles(node, bare).all();
            // every lifecycle warms up before any is timed: the JIT still compiles engine and application code
            // during the first rounds, and the lifecycle timed first would pay for it (several times slower here,
            // with a different ratio)
            all.forEach(lifecycle -> warmUp(lifecycle, lifecycles));
            all.forEach(lifecycle -> compare(lifecycle, database, lifecycles));
          } finally {
            bare.close();
          }
        }
        if (parts.contains("dashboard")) {
          dashboardWithAYearOfHistory(node, database, yearLifecycles);
        }
        if (parts.contains("tasks")) {
          for (int tasks : taskCounts) {
            departmentTasksQuery(engine, database, tasks);
          }
        }
      }
    }
    if (databases.contains("postgres") && parts.contains("jobs")) {
      jobThroughputOneAndTwoNodes(jobs, Integer.getInteger("benchmark.jobRounds", 3));
    }
    String table = String.join("\n", rows) + "\n";
    System.out.println(table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "benchmark.md"), "# opsflow benchmark\n\n" + machine() + "\n\n" + table);
  }

  static String newDatabase(String database) {
    return "postgres".equals(database) ? TestDatabase.newDatabase()
        : "jdbc:h2:file:./target/benchmark/h2-" + System.nanoTime() + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  static Map<String, List<String>> groupsOf(ProcessEngine engine, List<String> people) {
    Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
    for (String person : people) {
      groups.put(person, engine.getIdentityService().createGroupQuery().groupMember(person).list().stream()
          .map(Group::getId).toList());
    }
    return groups;
  }

  /** Untimed rounds of one process, each checked like the timed ones. */
  void warmUp(Lifecycles.Lifecycle lifecycle, int lifecycles) {
    for (int i = 0; i < Math.max(5, lifecycles / 5); i++) {
      lifecycle.ours().run();
      lifecycle.bare().run();
      lifecycle.endedAsExpected().run();
    }
  }

  /** One process: our lifecycle and the bare shape, alternating rounds so that noise hits both alike. */
  void compare(Lifecycles.Lifecycle lifecycle, String database, int lifecycles) {
    long ours = 0;
    long bare = 0;
    for (int i = 0; i < lifecycles; i++) {
      long start = System.nanoTime();
      lifecycle.ours().run();
      long middle = System.nanoTime();
      lifecycle.bare().run();
      long end = System.nanoTime();
      ours += middle - start;
      bare += end - middle;
      // not timed: the round's check, which throws when a lifecycle did not end where it should
      lifecycle.endedAsExpected().run();
    }
    double oursMs = ours / 1e6 / lifecycles;
    double bareMs = bare / 1e6 / lifecycles;
    int steps = lifecycle.userTaskCompletions();
    rows.add(row(lifecycle.name() + ": lifecycles/s", database, String.format("%.1f", 1000 / oursMs)));
    rows.add(row(lifecycle.name() + ": ms per user-task completion (" + steps + " per lifecycle) ours / bare", database,
        String.format("%.2f / %.2f", oursMs / steps, bareMs / steps)));
    rows.add(row(lifecycle.name() + ": ratio ours / bare", database, String.format("%.2f×", oursMs / bareMs)));
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
      String instance = actors.as("wangfang", () -> engine.getFormService().submitStartForm(definition, Lifecycles.annualPlan()).getId());
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
    String key = deployOpenTaskProcess(engine, "bench-open-task", "${department}");
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

  /**
   * Jobs per second on one node and on two nodes sharing one PostgreSQL: alternating rounds after a warm-up
   * round of each, so that the machine's noise hits both alike; the median of each.
   */
  void jobThroughputOneAndTwoNodes(int jobs, int rounds) {
    List<Double> one = new ArrayList<>();
    List<Double> two = new ArrayList<>();
    // untimed: the first round ran on a cold JIT and was the slowest of every series, always one node's
    jobThroughput(jobs, 1);
    jobThroughput(jobs, 2);
    for (int round = 0; round < rounds; round++) {
      one.add(jobThroughput(jobs, 1));
      two.add(jobThroughput(jobs, 2));
    }
    for (List<Double> nodes : List.of(one, two)) {
      List<Double> sorted = nodes.stream().sorted().toList();
      rows.add(row("job executor: jobs/s with " + (nodes == one ? 1 : 2) + " node(s), " + jobs
          + " queued jobs, duplicates 0: median of " + rounds + " (each round)", "postgres",
          String.format("%.0f (%s)", sorted.get(sorted.size() / 2),
              String.join(", ", nodes.stream().map(v -> String.format("%.0f", v)).toList()))));
    }
  }

  double jobThroughput(int jobs, int nodes) {
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
      // jobs of a suspended job definition are created suspended: the queue is full before any node starts
      var management = engine.getManagementService();
      management.suspendJobDefinitionByProcessDefinitionKey(key);
      for (int i = 0; i < jobs; i += 100) {
        int from = i;
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired().execute(c -> {
          for (int j = from; j < Math.min(from + 100, jobs); j++) {
            engine.getRuntimeService().startProcessInstanceByKey(key);
          }
          return null;
        });
      }
      long start = System.nanoTime();
      management.activateJobDefinitionByProcessDefinitionKey(key, true);
      while (jdbc.queryForObject("select count(*) from cluster_side_effect", Long.class) < jobs) {
        Thread.sleep(20);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long duplicates = jdbc.queryForObject("select count(*) - count(distinct process_instance_id) from cluster_side_effect",
          Long.class);
      if (duplicates != 0) {
        throw new IllegalStateException(duplicates + " jobs executed twice");
      }
      return jobs / seconds;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      cluster.forEach(ConfigurableApplicationContext::close);
    }
  }

  /** One user task that stays open, offered to a candidate group, on our engine: the 部门待办 query's data. */
  static String deployOpenTaskProcess(ProcessEngine engine, String key, String candidateGroup) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
        .userTask().camundaCandidateGroups(candidateGroup).endEvent().done();
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

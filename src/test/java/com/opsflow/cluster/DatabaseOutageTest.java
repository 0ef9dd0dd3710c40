package com.opsflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.opsflow.OpsflowApplication;

/**
 * The database goes away in the middle of a burst of work and comes back: the node keeps running, jobs
 * that failed during the outage are retried per the retry cycle, and in the end every instance finished
 * once, every job's side effect is there exactly once, and no job is left stuck.
 */
@Tag("cluster")
class DatabaseOutageTest {

  static final int INSTANCES = 500;

  EmbeddedPostgres postgres;
  ConfigurableApplicationContext node;

  @AfterEach
  void stop() throws IOException {
    if (node != null && node.isActive()) {
      node.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  static EmbeddedPostgres postgres(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
  }

  @Test
  void noInstanceIsLostOrDuplicatedWhenTheDatabaseRestartsDuringARun() throws Exception {
    Path data = Files.createTempDirectory("opsflow-outage-pg");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    postgres = postgres(data, port);
    Map<String, String> settings = Map.of(
        "server.port", "0",
        "spring.datasource.url", "jdbc:postgresql://localhost:" + port + "/postgres",
        "spring.datasource.username", "postgres",
        "spring.datasource.password", "",
        "camunda.bpm.database.type", "postgres",
        "camunda.bpm.job-execution.enabled", "true",
        "camunda.bpm.job-execution.lock-time-in-millis", "10000",
        "camunda.bpm.job-execution.wait-time-in-millis", "500",
        // a job that fails while the database is away is tried again a few seconds later, many times
        "camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle", "R30/PT2S");
    node = new SpringApplicationBuilder(OpsflowApplication.class).profiles("test", "demo")
        .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
    ProcessEngine engine = node.getBean(ProcessEngine.class);
    jdbc.execute("create table cluster_side_effect (process_instance_id varchar(64) not null, step varchar(16) not null, "
        + "node varchar(8) not null)");
    engine.getRepositoryService().createDeployment().name("cluster-burst")
        .addClasspathResource("cluster/cluster-burst.bpmn").deploy();
    for (int i = 0; i < INSTANCES; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("cluster-burst");
    }

    await().atMost(Duration.ofMinutes(2)).until(() -> count(jdbc) >= INSTANCES / 4);
    postgres.close(); // the database goes away while jobs run
    Thread.sleep(5_000);
    postgres = postgres(data, port);

    await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
        .until(() -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cluster-burst").count() == 0);

    assertThat(count(jdbc)).as("every job's side effect").isEqualTo(2L * INSTANCES);
    assertThat(jdbc.queryForObject("select count(*) from (select process_instance_id, step from cluster_side_effect "
        + "group by process_instance_id, step having count(*) > 1) duplicates", Long.class)).as("duplicates").isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("cluster-burst")
        .completed().count()).as("instances finished").isEqualTo(INSTANCES);
    assertThat(engine.getManagementService().createJobQuery().count()).as("jobs stuck")
        .isEqualTo(engine.getManagementService().createJobQuery().timers().processDefinitionKey("task-deadline-patrol").count()
            + engine.getManagementService().createJobQuery().timers().processDefinitionKey("annual-plan-drafting-round").count()
            + engine.getManagementService().createJobQuery().timers().processDefinitionKey("quarterly-plan-drafting-round").count()
            + engine.getManagementService().createJobQuery().timers().processDefinitionKey("monthly-plan-drafting-round").count()
            + engine.getManagementService().createJobQuery().timers().processDefinitionKey("customer-callback-round").count()
            + engine.getManagementService().createJobQuery().timers().processDefinitionKey("weekly-company-meeting").count()
            + engine.getManagementService().createJobQuery().timers().processDefinitionKey("company-plan-round").count()
            + engine.getManagementService().createJobQuery().timers().processDefinitionKey("risk-assessment-round").count()
            + engine.getManagementService().createJobQuery().timers().processDefinitionKey("data-report").count()
            + engine.getHistoryService().findHistoryCleanupJobs().size());
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
  }

  private static long count(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from cluster_side_effect", Long.class);
  }
}

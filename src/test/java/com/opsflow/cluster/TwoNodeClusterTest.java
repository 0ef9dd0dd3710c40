package com.opsflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.opsflow.OpsflowApplication;
import com.opsflow.support.TestDatabase;

/**
 * Camunda 7's own cluster: two identical nodes on one PostgreSQL, job executors on. A burst of 2,000
 * instances, each an asynchronous step and a timer (4,000 jobs), is worked off by both nodes; one node
 * is stopped in the middle and the survivor finishes. Every job's side effect must be there exactly once.
 */
@Tag("cluster")
class TwoNodeClusterTest {

  static final int INSTANCES = 2000;

  ConfigurableApplicationContext nodeA;
  ConfigurableApplicationContext nodeB;

  @AfterEach
  void stopNodes() {
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
      if (node != null && node.isActive()) {
        node.close();
      }
    }
  }

  static ConfigurableApplicationContext node(String name, String url) {
    // command-line arguments: they outrank application.yaml, where builder properties would not
    Map<String, String> settings = Map.of(
            "server.port", "0",
            "spring.datasource.url", url,
            "spring.datasource.username", "postgres",
            "spring.datasource.password", "",
            "camunda.bpm.database.type", "postgres",
            "camunda.bpm.job-execution.enabled", "true",
            // a stopped node's locks expire quickly so the survivor takes its jobs over
            "camunda.bpm.job-execution.lock-time-in-millis", "10000",
            "camunda.bpm.job-execution.wait-time-in-millis", "500",
            "opsflow.test.node", name);
    return new SpringApplicationBuilder(OpsflowApplication.class)
        .profiles("test", "demo")
        .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  @Test
  void twoNodesExecuteEveryJobExactlyOnceAndTheSurvivorFinishesWhenOneStops() {
    String url = TestDatabase.newDatabase();
    nodeA = node("A", url);
    JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
    jdbc.execute("create table cluster_side_effect (process_instance_id varchar(64) not null, step varchar(16) not null, "
        + "node varchar(8) not null)");
    nodeB = node("B", url);
    ProcessEngine engine = nodeA.getBean(ProcessEngine.class);
    engine.getRepositoryService().createDeployment().name("cluster-burst")
        .addClasspathResource("cluster/cluster-burst.bpmn").deploy();

    long started = System.nanoTime();
    for (int i = 0; i < INSTANCES; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("cluster-burst");
    }
    await().atMost(Duration.ofMinutes(3)).until(() -> count(jdbc) >= INSTANCES / 2);
    nodeA.close();
    JdbcTemplate survivor = nodeB.getBean(JdbcTemplate.class);
    ProcessEngine survivorEngine = nodeB.getBean(ProcessEngine.class);
    await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
        .until(() -> survivorEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cluster-burst").count() == 0);
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(count(survivor)).isEqualTo(2L * INSTANCES);
    assertThat(survivor.queryForObject(
        "select count(*) from (select process_instance_id, step from cluster_side_effect "
            + "group by process_instance_id, step having count(*) > 1) duplicates", Long.class))
        .as("side effects written twice").isZero();
    assertThat(survivorEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("cluster-burst")
        .completed().count()).as("instances lost").isEqualTo(INSTANCES);
    assertThat(survivor.queryForList("select distinct node from cluster_side_effect", String.class))
        .as("both nodes worked").containsExactlyInAnyOrder("A", "B");
    assertThat(survivorEngine.getManagementService().createJobQuery().processDefinitionKey("cluster-burst").count())
        .as("jobs left behind").isZero();
    System.out.printf("cluster burst: %d jobs in %.1f s (%.0f jobs/s), by node: %s%n", 2 * INSTANCES, seconds,
        2 * INSTANCES / seconds, survivor.queryForList("select node, count(*) from cluster_side_effect group by node"));
  }

  private static long count(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from cluster_side_effect", Long.class);
  }
}

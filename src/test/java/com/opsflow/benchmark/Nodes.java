package com.opsflow.benchmark;

import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.opsflow.OpsflowApplication;

/** Application nodes for the benchmark: the real application, demo organisation, on a given database. */
final class Nodes {

  private Nodes() {
  }

  static ConfigurableApplicationContext start(String database, String url, String name, boolean jobExecutor) {
    Map<String, String> settings = new java.util.LinkedHashMap<>(Map.of(
        "server.port", "0",
        "spring.datasource.url", url,
        "camunda.bpm.job-execution.enabled", String.valueOf(jobExecutor),
        "camunda.bpm.process-engine-name", "bench" + name,
        "camunda.bpm.job-execution.wait-time-in-millis", "200",
        "opsflow.test.node", name,
        "logging.level.root", "WARN"));
    if ("postgres".equals(database)) {
      settings.putAll(Map.of("spring.datasource.username", "postgres", "spring.datasource.password", "",
          "camunda.bpm.database.type", "postgres"));
    }
    return new SpringApplicationBuilder(OpsflowApplication.class)
        .profiles("test", "demo")
        .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }
}

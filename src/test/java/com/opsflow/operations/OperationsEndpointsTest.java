package com.opsflow.operations;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.support.EngineTest;

/**
 * What a system administrator scrapes and probes: health per component (open, status only) and the
 * Prometheus metrics (administrators only) with the company's workload.
 */
class OperationsEndpointsTest extends EngineTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  WorkloadMetrics metrics;

  @Test
  void healthShowsEngineDatabaseAndMailWithoutLoginAndWithoutDetails() {
    // (the job executor's check joins them where the job executor runs; the tests run without one)
    ResponseEntity<Map<String, Object>> health = http.exchange("/actuator/health", org.springframework.http.HttpMethod.GET,
        null, new ParameterizedTypeReference<>() { });

    assertThat(health.getBody()).containsKey("components");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.getBody().get("components");
    assertThat(components).containsKeys("processEngine", "db", "mail");
    assertThat(components.get("processEngine")).containsEntry("status", "UP").doesNotContainKey("details");
    assertThat(components.get("db")).containsEntry("status", "UP");
    assertThat(components.get("mail")).containsEntry("status", "UP");
  }

  @Test
  void prometheusMetricsNeedAnAdministratorAndCountTheWorkloadPerDepartment() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
    metrics.refresh();

    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("lina", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("lina", "demo").getForEntity("/actuator/env", String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> scraped = http.withBasicAuth("admin", "demo").getForEntity("/actuator/prometheus", String.class);

    assertThat(scraped.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(scraped.getBody())
        .contains("opsflow_tasks_open{application=\"opsflow\",department=\"mkt\",department_name=\"市场部\"} 1.0")
        .contains("opsflow_tasks_open{application=\"opsflow\",department=\"sales\",department_name=\"销售部\"} 0.0")
        .contains("opsflow_tasks_overdue{application=\"opsflow\",department=\"mkt\",department_name=\"市场部\"} 0.0")
        .contains("opsflow_incidents_open{application=\"opsflow\"} 0.0")
        .containsPattern("opsflow_jobs_backlog\\{application=\"opsflow\"} \\d+\\.0");
  }
}

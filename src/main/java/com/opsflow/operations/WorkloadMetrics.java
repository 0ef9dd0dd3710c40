package com.opsflow.operations;

import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.MultiGauge.Row;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.Privileged;
import com.opsflow.organisation.Organisation;

/**
 * The company's workload as Prometheus metrics: open and overdue tasks per department (see
 * {@link DepartmentTasks}), open incidents, and the job backlog (jobs due and not yet executed).
 * Counted once a minute (opsflow.metrics.refresh-interval), not on every scrape, so a busy Prometheus
 * never queries the engine's tables.
 */
@Component
public class WorkloadMetrics {

  private final DepartmentTasks tasks;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final Organisation org;
  private final Privileged privileged;
  private final MultiGauge openTasks;
  private final MultiGauge overdueTasks;
  private final AtomicLong incidents = new AtomicLong();
  private final AtomicLong jobBacklog = new AtomicLong();
  private final AtomicLong failedJobs = new AtomicLong();

  WorkloadMetrics(DepartmentTasks tasks, RuntimeService runtimeService, ManagementService managementService,
      Organisation org, Privileged privileged, MeterRegistry registry) {
    this.tasks = tasks;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.org = org;
    this.privileged = privileged;
    this.openTasks = MultiGauge.builder("opsflow.tasks.open")
        .description("Open tasks offered to a department or its head, or assigned to one of its people").register(registry);
    this.overdueTasks = MultiGauge.builder("opsflow.tasks.overdue")
        .description("Those of a department's open tasks past their due date").register(registry);
    Gauge.builder("opsflow.incidents.open", incidents, AtomicLong::get)
        .description("Open incidents (failed jobs and other failures waiting for an operator)").register(registry);
    Gauge.builder("opsflow.jobs.backlog", jobBacklog, AtomicLong::get)
        .description("Jobs due for execution and not yet executed").register(registry);
    Gauge.builder("opsflow.jobs.failed", failedJobs, AtomicLong::get)
        .description("Jobs whose retries are used up").register(registry);
  }

  @Scheduled(fixedDelayString = "${opsflow.metrics.refresh-interval:PT1M}", initialDelayString = "PT10S")
  public void refresh() {
    privileged.run(() -> {
      Date now = ClockUtil.getCurrentTime();
      List<Group> departments = org.departments();
      openTasks.register(departments.stream().map(department -> Row.of(Tags.of("department", department.getId(),
          "department_name", department.getName()), tasks.open(department.getId()))).toList(), true);
      overdueTasks.register(departments.stream().map(department -> Row.of(Tags.of("department", department.getId(),
          "department_name", department.getName()), tasks.overdue(department.getId(), now))).toList(), true);
      incidents.set(runtimeService.createIncidentQuery().count());
      jobBacklog.set(managementService.createJobQuery().executable().count());
      failedJobs.set(managementService.createJobQuery().noRetriesLeft().count());
    });
  }
}

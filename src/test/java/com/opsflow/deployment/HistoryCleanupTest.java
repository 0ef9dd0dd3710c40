package com.opsflow.deployment;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import com.opsflow.plan.OperationPlanApprovalProcess;
import com.opsflow.support.CleanSlate;
import com.opsflow.support.EngineTest;

/**
 * The engine cleans its history up every night: the deadline patrol, which runs every half hour, is kept
 * for its seven days, the business processes for their ten years.
 */
class HistoryCleanupTest extends EngineTest {

  private static final String PATROL = com.opsflow.approval.deadline.TaskDeadlinePatrolProcess.KEY;

  @Test
  void aNightlyCleanupIsScheduled() {
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).as("cleanup jobs").isNotEmpty();
  }

  @Test
  void thePatrolsHistoryGoesAfterAWeekThePlansStays() {
    // the shared test database holds patrols of other tests too, run at other times: this test's own
    Set<String> before = patrolRuns();
    Job patrol = engine.getManagementService().createJobQuery().processDefinitionKey(PATROL).singleResult();
    engine.getManagementService().executeJob(patrol.getId());
    Set<String> ours = new HashSet<>(patrolRuns());
    ours.removeAll(before);
    assertThat(ours).as("the patrol that just ran").isNotEmpty();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(OperationPlanApprovalProcess.KEY).latestVersion().singleResult().getId();
    String plan = acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan(2027))).getId();
    engine.getRuntimeService().deleteProcessInstance(plan, "撤销");

    cleanUpAt(Duration.ofDays(6));
    assertThat(patrolRuns()).as("six days later").containsAll(ours);

    cleanUpAt(Duration.ofDays(8));
    assertThat(patrolRuns()).as("eight days later").doesNotContainAnyElementsOf(ours);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(plan).count())
        .as("the plan's history").isOne();
  }

  private Set<String> patrolRuns() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PATROL).finished().list()
        .stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }

  private void cleanUpAt(Duration afterToday) {
    ClockUtil.setCurrentTime(Date.from(CleanSlate.TODAY.plus(afterToday)));
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(cleanup.getId());
  }
}

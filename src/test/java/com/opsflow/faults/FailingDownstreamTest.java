package com.opsflow.faults;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.opsflow.notification.Notifications;
import com.opsflow.support.CleanSlate;
import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/**
 * A delegate whose downstream fails: the deadline patrol escalates an overdue review while the table its
 * e-mails go to is unavailable. Nothing is half-written, the job retries per its cycle, then shows as an
 * incident; once the cause is fixed, a retry does the escalation exactly once.
 */
class FailingDownstreamTest extends EngineTest {

  @Autowired
  Notifications outbox;
  @Autowired
  TestRestTemplate http;

  @Test
  void theEscalationRetriesRaisesAnIncidentAndCompletesOnceTheCauseIsFixed() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
    String review = engine.getTaskService().createTaskQuery().taskName("部门负责人审核").singleResult().getId();
    ClockUtil.setCurrentTime(Date.from(CleanSlate.TODAY.plus(Duration.ofHours(49))));
    Job patrol = engine.getManagementService().createJobQuery().processDefinitionKey("task-deadline-patrol").singleResult();
    engine.getManagementService().setJobRetries(patrol.getId(), 3);

    jdbc.execute("alter table notification rename to notification_unavailable");
    try {
      for (int attempt = 1; attempt <= 3; attempt++) {
        assertThatThrownBy(() -> engine.getManagementService().executeJob(patrol.getId())).as("attempt " + attempt)
            .isNotNull();
        assertThat(candidateGroups(review)).as("nothing half-written").doesNotContain("management");
        assertThat(engine.getTaskService().getTaskComments(review)).isEmpty();
      }
    } finally {
      jdbc.execute("alter table notification_unavailable rename to notification");
    }

    Job failed = engine.getManagementService().createJobQuery().jobId(patrol.getId()).singleResult();
    assertThat(failed.getRetries()).isZero();
    assertThat(failed.getDuedate()).as("retried every 5 minutes").isEqualTo(Date.from(
        CleanSlate.TODAY.plus(Duration.ofHours(49)).plus(Duration.ofMinutes(5))));
    List<Map<String, Object>> incidents = new RestClient(http, "admin", "demo").list("/incident").getBody();
    assertThat(incidents).singleElement().satisfies(incident ->
        assertThat(incident).containsEntry("incidentType", "failedJob").containsEntry("configuration", patrol.getId()));

    engine.getManagementService().setJobRetries(patrol.getId(), 1); // what 重试 in Cockpit does
    engine.getManagementService().executeJob(patrol.getId());

    assertThat(candidateGroups(review)).contains("management");
    assertThat(outbox.findByEventKeyStartingWithOrderById("escalation:" + review)).hasSize(2);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    Job next = engine.getManagementService().createJobQuery().processDefinitionKey("task-deadline-patrol").singleResult();
    engine.getManagementService().executeJob(next.getId()); // the next round of the patrol
    assertThat(outbox.findByEventKeyStartingWithOrderById("escalation:" + review)).as("once only").hasSize(2);
  }

  private List<String> candidateGroups(String taskId) {
    return engine.getTaskService().getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }
}

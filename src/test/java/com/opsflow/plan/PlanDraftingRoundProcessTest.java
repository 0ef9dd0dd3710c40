package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Elements.*;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;
import static com.opsflow.plan.PlanFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.support.CleanSlate;
import com.opsflow.support.EngineTest;

/**
 * The regulation's calendar (OM-3.1/3.2/3.3): the drafting-round timers open a drafting task for every
 * department that has no plan for the coming period yet. Timers are fired by executing their jobs.
 */
class PlanDraftingRoundProcessTest extends EngineTest {

  static final List<String> ALL_DEPARTMENTS = List.of("cs", "data", "fin", "hr", "mkt", "ops", "rnd", "sales");

  @Autowired
  OperationPlans plans;


  @Test
  void theAnnualTimerIsScheduledForTheFirstOfDecemberAtNine() {
    // cron expressions are read in the JVM's time zone, so run the server in the company's zone
    java.time.LocalDateTime due = LocalDateTime.ofInstant(timerOf(PlanDraftingRoundProcess.ANNUAL_KEY).getDuedate().toInstant(),
        java.time.ZoneId.systemDefault());
    assertThat(due.getMonthValue()).isEqualTo(12);
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
  }

  @Test
  void theYearEndRoundOpensNextYearsDraftingForEveryDepartmentWithoutAPlan() {
    ProcessInstance existing = acting.as("sunli", () -> engine.getFormService().submitStartForm(
        latestDefinitionId(OperationPlanApprovalProcess.KEY), annualPlan(2027)));

    fire(PlanDraftingRoundProcess.ANNUAL_KEY);

    List<Task> drafting = engine.getTaskService().createTaskQuery().taskDefinitionKey(DRAFT_PLAN).list();
    assertThat(drafting).hasSize(ALL_DEPARTMENTS.size() - 1);
    assertThat(drafting).extracting(task -> engine.getTaskService().getVariable(task.getId(), DEPARTMENT))
        .containsExactlyInAnyOrderElementsOf(ALL_DEPARTMENTS.stream().filter(d -> !d.equals("sales")).toList());
    Task marketing = draftingTaskOf("mkt");
    assertThat(marketing.getName()).isEqualTo("编制运营计划");
    assertThat(marketing.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-31T16:00:00Z")));
    assertThat(engine.getTaskService().getVariables(marketing.getId()))
        .containsEntry(PLAN_TYPE, "ANNUAL").containsEntry(PERIOD_YEAR, 2027).containsEntry(OPENED_BY_CALENDAR, true);
    assertThat(acting.as("wangfang", () -> engine.getTaskService().createTaskQuery().taskDefinitionKey(DRAFT_PLAN).list()))
        .extracting(Task::getId).containsExactly(marketing.getId());
    assertThat(existing).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
  }

  @Test
  void aDraftedPlanTravelsTheUsualRouteAndTheRoundClosesWhenEveryDepartmentIsDone() {
    fire(PlanDraftingRoundProcess.ANNUAL_KEY);
    ProcessInstance round = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PlanDraftingRoundProcess.ANNUAL_KEY).singleResult();

    for (String department : ALL_DEPARTMENTS) {
      Task drafting = draftingTaskOf(department);
      String drafter = engine.getIdentityService().createUserQuery().memberOfGroup(department).list().stream()
          .filter(u -> engine.getIdentityService().createUserQuery().userId(u.getId()).memberOfGroup(department + "Head").count() == 0)
          .findFirst().orElseThrow().getId();
      acting.as(drafter, () -> engine.getFormService().submitTaskForm(drafting.getId(), annualPlan(2027)));
      ProcessInstance plan = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(drafting.getProcessInstanceId()).singleResult();
      assertThat(plan).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
      assertThat(plan.getBusinessKey()).isEqualTo("PLAN-2027-" + department.toUpperCase() + "-A");
      assertThat(plan).task().hasCandidateGroup(department + "Head");
      String head = engine.getIdentityService().createUserQuery().memberOfGroup(department + "Head").list().get(0).getId();
      Task review = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
      acting.as(head, () -> engine.getFormService().submitTaskForm(review.getId(), decision("REJECT", "本轮不需要")));
    }

    assertThat(round).isEnded().hasPassed(PlanDraftingRoundProcess.Elements.END_ROUND_CLOSED);
    assertThat(plans.findAll()).hasSize(ALL_DEPARTMENTS.size()).allMatch(p -> p.status() == PlanStatus.REJECTED);
  }

  @Test
  void theDraftingMayNotChangeThePeriodTheCalendarPrescribed() {
    fire(PlanDraftingRoundProcess.ANNUAL_KEY);
    Task drafting = draftingTaskOf("mkt");

    Map<String, Object> otherPeriod = monthlyPlan(2027, 3);
    assertThatThrownBy(() -> acting.as("wangfang", () -> engine.getFormService().submitTaskForm(drafting.getId(), otherPeriod)))
        .hasMessage("本次编制的计划类型和期间由编制日历确定，不能修改。");
    assertThat(engine.getTaskService().createTaskQuery().taskId(drafting.getId()).count()).isEqualTo(1);
  }

  @Test
  void theQuarterEndRoundPlansTheNextQuarterAndTheMonthEndRoundTheNextMonth() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-15T01:00:00Z")));
    fire(PlanDraftingRoundProcess.QUARTERLY_KEY);
    Task quarterly = draftingTaskOf("mkt");
    assertThat(engine.getTaskService().getVariables(quarterly.getId()))
        .containsEntry(PLAN_TYPE, "QUARTERLY").containsEntry(PERIOD_YEAR, 2027).containsEntry(PERIOD_QUARTER, "1");
    acting.as("wangfang", () -> engine.getFormService().submitTaskForm(quarterly.getId(), quarterlyPlan(2027, 1)));
    assertThat(plans.findAll()).singleElement().extracting(OperationPlan::number).isEqualTo("PLAN-2027-MKT-Q1");

    CleanSlate.reset(engine, jdbc);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-25T01:00:00Z")));
    fire(PlanDraftingRoundProcess.MONTHLY_KEY);
    Task monthly = draftingTaskOf("mkt");
    assertThat(engine.getTaskService().getVariables(monthly.getId()))
        .containsEntry(PLAN_TYPE, "MONTHLY").containsEntry(PERIOD_YEAR, 2026).containsEntry(PERIOD_MONTH, "12");
    assertThat(monthly.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-11-30T16:00:00Z")));
  }

  @Autowired
  PlanCalendar calendar;

  @Test
  void drafting月度计划AtTheStartOfTheMonthAsOC_2_1_2SaysPlansThisMonth() {
    assertThat(calendar.getMonthlyCycle()).as("OM-3.3 by default: on the 25th").isEqualTo("0 0 9 25 * ?");
    calendar.setMonthlyTiming(PlanCalendar.MonthlyTiming.MONTH_START);
    try {
      assertThat(calendar.getMonthlyCycle()).isEqualTo("0 0 9 1 * ?");
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T01:00:00Z"))); // 1 December, 09:00 in Shanghai
      fire(PlanDraftingRoundProcess.MONTHLY_KEY);
      Task monthly = draftingTaskOf("mkt");
      assertThat(engine.getTaskService().getVariables(monthly.getId()))
          .containsEntry(PLAN_TYPE, "MONTHLY").containsEntry(PERIOD_YEAR, 2026).containsEntry(PERIOD_MONTH, "12");
      assertThat(monthly.getDueDate()).as("five days in").isEqualTo(Date.from(Instant.parse("2026-12-05T16:00:00Z")));
    } finally {
      calendar.setMonthlyTiming(PlanCalendar.MonthlyTiming.MONTH_END);
    }
  }

  private void fire(String roundKey) {
    engine.getManagementService().executeJob(timerOf(roundKey).getId());
    // each department's drafting starts in its own transaction (asynchronous call activity)
    List<Job> departmentJobs = engine.getManagementService().createJobQuery().executable().list().stream()
        .filter(job -> job.getProcessInstanceId() != null).toList();
    departmentJobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  private Job timerOf(String roundKey) {
    return engine.getManagementService().createJobQuery().timers()
        .processDefinitionKey(roundKey).singleResult();
  }

  private Task draftingTaskOf(String department) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(DRAFT_PLAN).taskCandidateGroup(department).singleResult();
  }

  private String latestDefinitionId(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }
}

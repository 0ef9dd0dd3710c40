package com.opsflow.operations;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.approve;
import static com.opsflow.plan.PlanFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/**
 * 运营看板's figures through {@code /api/dashboard}, as 管理层 reads them, and who may not read them. The work
 * happens in 2031, a year no other test touches: the engine's history is shared by all tests.
 */
class DashboardTest extends EngineTest {

  static final Instant IN_2031 = Instant.parse("2031-03-02T02:00:00Z");

  @Autowired
  TestRestTemplate http;

  ProcessInstance submit(String drafter) {
    return submit(drafter, 2032);
  }

  ProcessInstance submit(String drafter, int year) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    return acting.as(drafter, () -> engine.getFormService().submitStartForm(definition, annualPlan(year)));
  }

  void decideAfter(ProcessInstance instance, String user, Duration later, Map<String, Object> decision) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(later)));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), decision));
  }

  @Test
  @SuppressWarnings("unchecked")
  void managementReadsPlansTasksAndStepTimesPerDepartment() {
    ClockUtil.setCurrentTime(Date.from(IN_2031));
    ProcessInstance approved = submit("wangfang");
    decideAfter(approved, "lina", Duration.ofHours(10), approve());
    decideAfter(approved, "wulei", Duration.ofHours(20), approve());
    decideAfter(approved, "xulan", Duration.ofHours(30), approve());
    ClockUtil.setCurrentTime(Date.from(IN_2031));
    ProcessInstance waiting = submit("sunli");
    ClockUtil.setCurrentTime(Date.from(IN_2031.plus(Duration.ofDays(30))));

    Map<String, Object> company = new RestClient(http, "yangjianguo", "demo").api("/dashboard?year=2031").getBody();
    Map<String, Object> next = new RestClient(http, "yangjianguo", "demo").api("/dashboard?year=2032").getBody();

    List<Map<String, Object>> departments = (List<Map<String, Object>>) next.get("departments");
    assertThat(departments).hasSize(8);
    Map<String, Object> marketing = departments.stream().filter(d -> d.get("department").equals("mkt")).findFirst().orElseThrow();
    Map<String, Object> sales = departments.stream().filter(d -> d.get("department").equals("sales")).findFirst().orElseThrow();
    assertThat(marketing).containsEntry("name", "市场部").containsEntry("plansByStatus", Map.of("已批准", 1))
        .containsEntry("openTasks", 0);
    assertThat(sales).containsEntry("plansByStatus", Map.of("审批中", 1)).containsEntry("openTasks", 1)
        .containsEntry("overdueTasks", 1);
    List<Map<String, Object>> steps = (List<Map<String, Object>>) company.get("stepTimes");
    assertThat(steps).extracting(s -> s.get("step"), s -> s.get("completed"), s -> s.get("averageHours"), s -> s.get("p95Hours"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("管理层审批", 1, 30.0, 30.0),
            org.assertj.core.groups.Tuple.tuple("运营部汇总审核", 1, 20.0, 20.0),
            org.assertj.core.groups.Tuple.tuple("部门负责人审核", 1, 10.0, 10.0));
    assertThat(steps).allSatisfy(step -> assertThat(step).containsEntry("process", "运营计划审批"));
    assertThat((Map<String, Object>) company.get("rectification")).containsEntry("firstRoundsDecided", 0)
        .containsEntry("firstRoundPassRate", null);

    Map<String, Object> salesOnly = new RestClient(http, "yangjianguo", "demo").api("/dashboard?year=2031&department=sales").getBody();
    assertThat((List<?>) salesOnly.get("departments")).hasSize(1);
    assertThat((List<?>) salesOnly.get("stepTimes")).as("sales' own and its head's steps only").isEmpty();
    assertThat(waiting.isEnded()).isFalse();
  }

  /** Issue 25, point 11: in the fourth quarter every plan is for next year, and so is the work managers follow. */
  @Test
  @SuppressWarnings("unchecked")
  void fromOctoberTheDashboardOpensOnTheYearBeingPlannedWithTheWorkOfItsPlanning() {
    RestClient manager = new RestClient(http, "yangjianguo", "demo");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2033-09-30T08:00:00Z")));
    assertThat(manager.api("/dashboard").getBody()).containsEntry("year", 2033).containsEntry("activityPeriod", "2033 年");

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2033-11-02T02:00:00Z")));
    ProcessInstance plan = submit("wangfang", 2034);
    decideAfter(plan, "lina", Duration.ofHours(4), approve());
    Map<String, Object> opened = manager.api("/dashboard").getBody();
    Map<String, Object> thisYear = manager.api("/dashboard?year=2033").getBody();

    assertThat(opened).containsEntry("year", 2034).containsEntry("activityPeriod", "2033-10-01 起");
    assertThat((List<Map<String, Object>>) opened.get("stepTimes"))
        .extracting(s -> s.get("step"), s -> s.get("completed"), s -> s.get("averageHours"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("部门负责人审核", 1, 4.0));
    assertThat((List<Map<String, Object>>) opened.get("departments")).extracting(d -> d.get("name"))
        .as("as the organisation lists them, not by id").containsExactly(
            "运营部", "市场部", "销售部", "研发部", "客服部", "财务部", "人力资源部", "数据分析部");
    assertThat(thisYear).containsEntry("year", 2033).containsEntry("activityPeriod", "2033 年");
    assertThat((List<?>) thisYear.get("stepTimes")).as("2033's own work, the same approval").hasSize(1);
  }

  @Test
  void onlyManagementAndAdministratorsReadTheDashboard() {
    assertThat(new RestClient(http, "lina", "demo").api("/dashboard").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new RestClient(http, "lina", "demo").api("/dashboard").getBody()).containsEntry("message", "运营看板仅供公司管理层查看。");
    assertThat(new RestClient(http, null, null).api("/dashboard").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(new RestClient(http, "admin", "demo").api("/dashboard").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new RestClient(http, "xulan", "demo").api("/dashboard?year=1900").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(new RestClient(http, "xulan", "demo").api("/dashboard?department=x'--").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /** One complaint through its steps as 客服部, 郑红 and 研发部 work it; late when handled after its 3 days. */
  void complaint(boolean late, boolean unsatisfiedFirst) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("customer-case").latestVersion().singleResult().getId();
    ProcessInstance instance = acting.as("fengtao", () -> engine.getFormService().submitStartForm(definition, Map.of(
        "customerName", "陈先生", "customerContact", "13800138000", "caseChannel", "PHONE", "caseCategory", "COMPLAINT",
        "caseSeverity", "SERIOUS", "caseDescription", "报表导出失败。")));
    decideAfter(instance, "fengtao", Duration.ZERO, Map.of("complaintDetails", "已致歉。", "investigation", "确有缺陷。"));
    int rounds = unsatisfiedFirst ? 2 : 1;
    for (int round = 1; round <= rounds; round++) {
      decideAfter(instance, "zhenghong", Duration.ZERO, Map.of("responsibleDepartment", "rnd", "solution", "修复缺陷。"));
      decideAfter(instance, "hejing", late && round == 1 ? Duration.ofDays(4) : Duration.ofHours(1), Map.of("handlingResult", "已修复。"));
      decideAfter(instance, "fengtao", Duration.ZERO, Map.of("customerReply", "已答复。"));
      decideAfter(instance, "fengtao", Duration.ZERO, round < rounds
          ? Map.of("satisfaction", "UNSATISFIED", "customerOpinion", "没有解决。") : Map.of("satisfaction", "SATISFIED"));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void managementSeesCustomerCasesByCategoryTheOnTimeRateSatisfactionAndReopenedComplaints() {
    // a year of its own: the engine's history outlives each test, and other tests count 2031's steps
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2035-03-02T02:00:00Z")));
    complaint(false, false);
    complaint(true, true);

    Map<String, Object> cases = (Map<String, Object>) new RestClient(http, "xulan", "demo").api("/dashboard?year=2035")
        .getBody().get("customerCases");
    assertThat((Map<String, Object>) cases.get("byCategory")).containsEntry("投诉", 2).containsEntry("咨询", 0);
    assertThat((Map<String, Object>) cases.get("byStatus")).containsEntry("案例分析中", 2);
    assertThat((List<Map<String, Object>>) cases.get("departments")).singleElement().satisfies(rnd -> assertThat(rnd)
        .containsEntry("name", "研发部").containsEntry("handled", 2).containsEntry("onTime", 1).containsEntry("onTimeRate", 50.0));
    assertThat((Map<String, Object>) cases.get("satisfaction")).containsEntry("满意", 2).containsEntry("不满意", 0);
    assertThat(cases).containsEntry("complaintsRated", 2).containsEntry("complaintsReopened", 1).containsEntry("reopenRate", 50.0);

    Map<String, Object> sales = (Map<String, Object>) new RestClient(http, "xulan", "demo").api("/dashboard?year=2035&department=sales")
        .getBody().get("customerCases");
    assertThat((Map<String, Object>) sales.get("byCategory")).containsEntry("投诉", 0);
  }
}

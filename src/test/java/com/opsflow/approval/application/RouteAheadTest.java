package com.opsflow.approval.application;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.approve;
import static com.opsflow.plan.PlanFixtures.quarterlyPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/**
 * 流程预测: the application page says who decides next if every reviewer approves — the route table's steps, the
 * groups with their members, and never the applicant as their own reviewer.
 */
class RouteAheadTest extends EngineTest {

  @Autowired
  TestRestTemplate http;

  ProcessInstance submit(String drafter, VariableMap plan) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    return acting.as(drafter, () -> engine.getFormService().submitStartForm(definition, plan));
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> routeAhead(String reader, ProcessInstance instance) {
    return (List<Map<String, Object>>) new RestClient(http, reader, "demo").api("/applications/" + instance.getId())
        .getBody().get("routeAhead");
  }

  @Test
  void anAnnualPlanAtItsHeadGoesOnTo运营部And管理层() {
    ProcessInstance plan = submit("wangfang", annualPlan(2027));

    assertThat(routeAhead("wangfang", plan)).extracting(s -> s.get("step"), s -> s.get("deciders")).containsExactly(
        tuple("运营部汇总审核", "运营部：吴磊、周敏"), tuple("管理层审批", "公司管理层：许兰、杨建国"));
    assertThat(new RestClient(http, "wangfang", "demo").page("/applications/" + plan.getId()).getBody())
        .contains("后续环节（各环节均同意时）", "运营部：吴磊、周敏", "公司管理层：许兰、杨建国")
        .as("in the company's frame, with the way back").contains("运营管理流程平台", "<a href=\"/camunda/app/tasklist/\">任务中心</a>");

    Task head = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
    // the review form's banner asks the same, for those who may work the task only
    assertThat(new RestClient(http, "lina", "demo").listApi("/tasks/" + head.getId() + "/route-ahead"))
        .extracting(s -> s.get("step")).containsExactly("运营部汇总审核", "管理层审批");
    assertThat(new RestClient(http, "sunli", "demo").api("/tasks/" + head.getId() + "/route-ahead").getStatusCode().value())
        .isEqualTo(404);
    acting.as("lina", () -> engine.getFormService().submitTaskForm(head.getId(), approve()));
    assertThat(routeAhead("wangfang", plan)).extracting(s -> s.get("step")).containsExactly("管理层审批");
  }

  @Test
  void an运营部PlanNeverNamesItsDrafterAsItsReviewer() {
    ProcessInstance plan = submit("wulei", annualPlan(2027));
    assertThat(routeAhead("wulei", plan)).first().satisfies(step -> assertThat(step)
        .containsEntry("step", "运营部汇总审核").containsEntry("deciders", "运营部：周敏"));
  }

  @Test
  void aQuarterlyPlanNeedsNobodyAfter运营部() {
    ProcessInstance plan = submit("wangfang", quarterlyPlan(2027, 1));
    assertThat(routeAhead("wangfang", plan)).isEmpty();
    assertThat(new RestClient(http, "wangfang", "demo").page("/applications/" + plan.getId()).getBody())
        .contains("当前环节之后无需再审批。");
  }

  @Test
  void aCountersignStepNamesEveryDepartmentsHead() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("collaboration-project").latestVersion().singleResult().getId();
    ProcessInstance project = acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, Map.of()));
    complete("wangfang", project, Map.of("projectName", "新品上市联合推广", "projectGoal", "三个月内新品覆盖华东 80% 渠道",
        "projectTasks", "市场策划、渠道铺货、产品培训", "projectStart", "2026-12-01", "projectEnd", "2027-03-31",
        "participatingDepartments", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"sales\",\"rnd\"]").create(),
        "participants", "王芳（市场部）、孙丽（销售部）、何静（研发部）", "projectScope", "华东三省", "feasibility", "渠道基础好",
        "projectBudget", 30));
    complete("lina", project, Map.of("decision", "APPROVE"));
    complete("lvbo", project, Map.of("decision", "APPROVE", "projectLead", "zhangwei", "assessment", "必要、可行"));

    assertThat(routeAhead("wangfang", project)).extracting(s -> s.get("step"), s -> s.get("deciders")).contains(
        tuple("参与部门审核项目计划", "多人会签（全部同意）：市场部负责人：李娜 / 研发部负责人：钱军 / 销售部负责人：赵强"));
  }

  void complete(String user, ProcessInstance instance, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }
}

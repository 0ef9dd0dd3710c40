package com.opsflow.plan.company;

import static com.opsflow.plan.company.CompanyPlanProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import com.opsflow.approval.TrailEntry;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;
import com.opsflow.plan.OperationPlanApprovalProcess;
import com.opsflow.plan.PlanFixtures;
import com.opsflow.support.EngineTest;

/**
 * Every path of company-annual-plan.bpmn and company-plan-round.bpmn (OM-3.1): the last department's annual plan in
 * force opens the consolidation; 运营部 (吴磊) writes the company's goals, 管理层 returns once and approves; a
 * department plan approved after that makes version 2, which supersedes version 1; the calendar opens next year's
 * consolidation once; 运营部 starts one by hand; the refusals.
 */
class CompanyPlanProcessTest extends EngineTest {

  /** Each department's drafter (staff), by department. */
  static final Map<String, String> DRAFTERS = Map.of("ops", "wulei", "mkt", "wangfang", "sales", "sunli", "rnd", "hejing",
      "cs", "fengtao", "fin", "chuyang", "hr", "jiangyan", "data", "hanxue");

  @Autowired
  CompanyPlans companyPlans;
  @Autowired
  Organisation org;
  @Autowired
  TestRestTemplate http;

  /** The department's annual plan for 2027, drafted by its staff and approved at every step by someone who may. */
  void annualPlanInForce(String department) {
    String drafter = DRAFTERS.get(department);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(OperationPlanApprovalProcess.KEY).latestVersion().singleResult().getId();
    ProcessInstance plan = acting.as(drafter, () -> engine.getFormService().submitStartForm(definition, PlanFixtures.annualPlan(2027)));
    for (Task task; (task = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult()) != null; ) {
      String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
          .filter(g -> g != null).findFirst().orElseThrow();
      String reviewer = org.membersOf(group).stream().filter(member -> !member.equals(drafter)).findFirst().orElseThrow();
      String id = task.getId();
      acting.as(reviewer, () -> engine.getFormService().submitTaskForm(id, PlanFixtures.approve()));
    }
  }

  ProcessInstance companyPlan() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CompanyPlanProcess.KEY).active()
        .singleResult();
  }

  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void submit(String user, ProcessInstance instance, Map<String, Object> values) {
    Task task = task(instance);
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), values));
  }

  ProcessInstance byHand(String user, Object year) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(CompanyPlanProcess.KEY)
        .latestVersion().singleResult().getId();
    return acting.as(user, () -> engine.getFormService().submitStartForm(definition, Map.of(YEAR, year)));
  }

  @Test
  void theLastDepartmentsPlanInForceOpensTheCompanyPlanWhichManagementApproves() {
    List<String> departments = List.of("mkt", "sales", "rnd", "cs", "fin", "hr", "data");
    departments.forEach(this::annualPlanInForce);
    assertThat(companyPlan()).as("7 of 8 departments").isNull();
    annualPlanInForce("ops");

    ProcessInstance instance = companyPlan();
    assertThat(instance.getBusinessKey()).isEqualTo("CP-2027");
    Task consolidate = task(instance);
    assertThat(consolidate.getName()).isEqualTo("运营部汇总公司年度计划");
    assertThat(engine.getTaskService().getIdentityLinksForTask(consolidate.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("ops");
    assertThat(engine.getTaskService().getVariable(consolidate.getId(), MISSING_DEPARTMENTS)).isEqualTo("无");
    assertThat(engine.getTaskService().getVariable(consolidate.getId(), DEPARTMENT_PLANS_VIEW).toString())
        .contains("PLAN-2027-OPS-A", "PLAN-2027-DATA-A");

    submit("wulei", instance, Map.of(GOALS, "营业收入增长 20%，客户满意度 95% 以上。"));
    submit("yangjianguo", instance, Map.of("decision", "RETURN", "decisionComment", "请补充利润目标。"));
    assertThat(task(instance).getName()).isEqualTo("运营部汇总公司年度计划");
    assertThat(engine.getTaskService().getVariable(task(instance).getId(), "lastReturnComment")).isEqualTo("请补充利润目标。");
    submit("zhoumin", instance, Map.of(GOALS, "营业收入增长 20%，利润率 15%，客户满意度 95% 以上。"));
    submit("xulan", instance, Map.of("decision", "APPROVE"));

    CompanyPlan plan = companyPlans.findFirstByYearOrderByVersionDesc(2027).orElseThrow();
    assertThat(plan.status()).isEqualTo(CompanyPlanStatus.APPROVED);
    assertThat(plan.goals()).contains("利润率 15%");
    assertThat(plan.departmentPlans()).extracting(DepartmentPlan::departmentName)
        .containsExactly("运营部", "市场部", "销售部", "研发部", "客服部", "财务部", "人力资源部", "数据分析部");
    assertThat(plan.trail()).extracting(TrailEntry::action).containsExactly("各部门年度计划均已生效", "提交", "退回修改",
        "修改后重新提交", "同意", "公司年度计划生效");
    assertThat(jdbc.queryForList("select recipient from carbon_copy where process_instance_id = ?", String.class, instance.getId()))
        .as("every head and 运营部 find it in 抄送我的").contains("lina", "zhaoqiang", "qianjun", "wulei").doesNotContain("wangfang");

    ResponseEntity<String> page = http.withBasicAuth("wangfang", "demo").exchange(RequestEntity.get("/api/company-plans/2027")
        .accept(MediaType.TEXT_HTML).build(), String.class);
    assertThat(page.getBody()).contains("2027 年公司年度运营计划", "CP-2027 第 1 版（已批准）", "利润率 15%", "PLAN-2027-MKT-A");
    assertThat(http.getForEntity("/api/company-plans/2027", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("wangfang", "demo").getForEntity("/api/company-plans/2026", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aDepartmentPlanApprovedAfterTheCompanyPlanMakesItsNextVersion() {
    annualPlanInForce("mkt");
    ProcessInstance first = byHand("wulei", 2027);
    assertThat(engine.getTaskService().getVariable(task(first).getId(), MISSING_DEPARTMENTS).toString()).contains("销售部", "运营部");
    submit("wulei", first, Map.of(GOALS, "营业收入增长 20%。"));
    submit("yangjianguo", first, Map.of("decision", "APPROVE"));

    annualPlanInForce("sales");
    ProcessInstance second = companyPlan();
    assertThat(second.getBusinessKey()).isEqualTo("CP-2027-V2");
    assertThat(engine.getTaskService().getVariable(task(second).getId(), GOALS)).as("last version's goals to start from")
        .isEqualTo("营业收入增长 20%。");
    submit("wulei", second, Map.of(GOALS, "营业收入增长 20%，销售额 3 亿元。"));
    submit("yangjianguo", second, Map.of("decision", "APPROVE"));

    List<CompanyPlan> versions = companyPlans.findByYearOrderByVersion(2027);
    assertThat(versions).extracting(CompanyPlan::version, CompanyPlan::status).containsExactly(
        tuple(1, CompanyPlanStatus.SUPERSEDED), tuple(2, CompanyPlanStatus.APPROVED));
    assertThat(versions.get(0).departmentPlans()).extracting(DepartmentPlan::number).containsExactly("PLAN-2027-MKT-A");
    assertThat(versions.get(1).departmentPlans()).extracting(DepartmentPlan::number).containsExactly("PLAN-2027-MKT-A", "PLAN-2027-SALES-A");
    assertThat(versions.get(1).trail().get(0).action()).isEqualTo("PLAN-2027-SALES-A 在公司年度计划批准后生效，补入新版本");
  }

  @Test
  void theCalendarOpensNextYearsConsolidationOnce() {
    annualPlanInForce("fin");
    var timer = engine.getManagementService().createJobQuery().processDefinitionKey(CompanyPlanRoundProcess.KEY).singleResult();
    engine.getManagementService().executeJob(timer.getId());
    ProcessInstance opened = companyPlan();
    assertThat(opened.getBusinessKey()).isEqualTo("CP-2027");
    assertThat(companyPlans.findFirstByYearOrderByVersionDesc(2027).orElseThrow().trail().get(0).action()).isEqualTo("编制日历到期汇总");

    var next = engine.getManagementService().createJobQuery().processDefinitionKey(CompanyPlanRoundProcess.KEY).singleResult();
    engine.getManagementService().executeJob(next.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CompanyPlanProcess.KEY).count()).isOne();
  }

  @Test
  void refusalsAreInChineseAndOpenNothing() {
    assertThatThrownBy(() -> byHand("wulei", 2030)).isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("公司年度计划的年份只能是 2026 或 2027 年");
    ProcessInstance running = byHand("wulei", 2027);
    assertThatThrownBy(() -> byHand("zhoumin", 2027)).hasMessageContaining("2027 年公司年度计划正在汇总或审批中（第 1 版）");
    assertThatThrownBy(() -> submit("wulei", running, Map.of(GOALS, " "))).hasMessageContaining("请填写公司年度目标");
    assertThat(task(running).getName()).isEqualTo("运营部汇总公司年度计划");
    assertThat(companyPlans.count()).isOne();
    assertThatThrownBy(() -> byHand("wangfang", 2027)).as("only 运营部 consolidates").isInstanceOf(AuthorizationException.class);
  }
}

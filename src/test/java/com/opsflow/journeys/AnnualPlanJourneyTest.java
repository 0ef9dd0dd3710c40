package com.opsflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.approval.TrailEntry;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanStatus;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * The README's walk-through, clicked through in Tasklist: 王芳 drafts next year's annual plan on the
 * start form, 李娜, 吴磊 and 杨建国 each open it from 部门待办, claim it and approve it. Screenshots under
 * target/screenshots/journey-annual-plan-*.
 */
class AnnualPlanJourneyTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  OperationPlans plans;

  @Test
  void anAnnualPlanIsDraftedAndApprovedInTasklist() {
    try (TasklistUser drafter = new TasklistUser(port, "wangfang")) {
      drafter.startProcess("运营计划审批");
      drafter.choose("计划类型", "年度运营计划");
      drafter.type("计划年份", "2027");
      drafter.type("计划名称", "市场部2027年度运营计划");
      drafter.type("计划概述", "拓展华东市场，提升品牌影响力");
      drafter.type("工作目标", "品牌曝光提升30%");
      drafter.date("时间节点", "2027-06-30");
      drafter.type("工作任务", "举办三场线下推广活动");
      drafter.type("措施与实施步骤", "一季度策划，二季度执行，三季度复盘");
      drafter.type("责任人", "王芳");
      drafter.screenshot("journey-annual-plan-1-draft");
      drafter.submit("发起");
      drafter.waitUntil(() -> plans.count() > 0);
    }
    OperationPlan submitted = plans.findAll().get(0);
    assertThat(submitted.status()).isEqualTo(PlanStatus.IN_REVIEW);
    assertThat(submitted.title()).isEqualTo("市场部2027年度运营计划");

    approve("lina", "部门负责人审核", "journey-annual-plan-2-head");
    approve("wulei", "运营部汇总审核", "journey-annual-plan-3-operations");
    approve("yangjianguo", "管理层审批", "journey-annual-plan-4-management");

    OperationPlan approved = plans.findById(submitted.id()).orElseThrow();
    assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(approved.trail()).extracting(TrailEntry::actorName).containsExactly("王芳", "李娜", "吴磊", "杨建国");
  }

  @Test
  void aRejectionWithoutAReasonIsRefusedInChineseAndTheTaskStaysOpen() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition,
        com.opsflow.plan.PlanFixtures.annualPlan(2027)));

    try (TasklistUser head = new TasklistUser(port, "lina")) {
      head.openTask("部门待办", "部门负责人审核");
      head.claim();
      head.pick("审批结论", "驳回");
      head.submit("完成");
      head.chromium().waitForText("驳回时必须填写审批意见，说明原因。");
      head.screenshot("journey-refused-rejection-without-reason");
    }
    assertThat(plans.findAll()).singleElement().satisfies(plan -> {
      assertThat(plan.status()).isEqualTo(PlanStatus.IN_REVIEW);
      assertThat(plan.trail()).hasSize(1);
    });
    assertThat(engine.getTaskService().createTaskQuery().taskName("部门负责人审核").count()).isEqualTo(1);
  }

  private void approve(String reviewer, String step, String screenshot) {
    try (TasklistUser user = new TasklistUser(port, reviewer)) {
      user.openTask("部门待办", step);
      user.claim();
      user.pick("审批结论", "同意");
      user.type("审批意见", "同意");
      user.screenshot(screenshot);
      user.submit("完成");
      user.waitUntil(() -> engine.getTaskService().createTaskQuery().taskName(step).count() == 0);
    }
  }

}

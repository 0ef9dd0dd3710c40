package com.opsflow.journeys;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static org.assertj.core.api.Assertions.assertThat;


import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanStatus;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * A plan adjustment clicked through in Tasklist: 王芳 picks 市场部's plan in force, changes an item and names
 * 销售部 as affected; head, 运营部 and 管理层 approve from 部门待办; 销售部's head acknowledges. Version 2
 * comes into force. Screenshots target/screenshots/journey-adjustment-*.
 */
@BrowserTest
class PlanAdjustmentJourneyTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  OperationPlans plans;

  @Test
  void anApprovedPlanIsAdjustedThroughTasklist() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    ProcessInstance plan = acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
    for (String reviewer : new String[] {"lina", "wulei", "yangjianguo"}) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
      acting.as(reviewer, () -> engine.getFormService().submitTaskForm(task.getId(), com.opsflow.plan.PlanFixtures.approve()));
    }

    try (TasklistUser applicant = new TasklistUser(port, "wangfang")) {
      applicant.startProcess("计划调整");
      applicant.submit("发起");
      applicant.openTask("我的待办", "选择要调整的计划");
      applicant.choose("要调整的计划", "PLAN-2027-MKT-A");
      applicant.screenshot("journey-adjustment-1-choose");
      applicant.submit("完成");
      applicant.openTask("我的待办", "填写调整申请");
      applicant.choose("调整原因类别", "市场变化");
      applicant.type("调整原因的详细说明", "华东市场需求提前释放，推广活动需提前到二季度完成");
      applicant.type("工作目标", "品牌曝光提升40%"); // the item as adjusted
      applicant.type("调整后的计划安排", "二季度完成三场推广活动");
      applicant.type("对其他工作的影响", "销售部需同步提前备货");
      applicant.tick("受影响的其他部门", "销售部");
      applicant.pick("提交方式", "提交审批");
      applicant.screenshot("journey-adjustment-2-request");
      applicant.submit("完成");
      applicant.waitUntil(() -> engine.getTaskService().createTaskQuery().taskName("部门负责人审核").count() == 1);
    }

    approve("lina", "部门负责人审核", "journey-adjustment-3-head");
    approve("wulei", "运营部审核", "journey-adjustment-4-operations");
    approve("yangjianguo", "管理层审批", "journey-adjustment-5-management");
    try (TasklistUser sales = new TasklistUser(port, "zhaoqiang")) {
      sales.openTask("部门待办", "知悉计划调整");
      sales.claim();
      sales.screenshot("journey-adjustment-6-acknowledge");
      sales.submit("完成");
      sales.waitUntil(() -> engine.getTaskService().createTaskQuery().taskName("知悉计划调整").count() == 0);
    }

    assertThat(plans.findByNumberOrderByVersion("PLAN-2027-MKT-A")).extracting(OperationPlan::version, OperationPlan::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, PlanStatus.SUPERSEDED),
            org.assertj.core.groups.Tuple.tuple(2, PlanStatus.APPROVED));
    assertThat(plans.findByNumberOrderByVersion("PLAN-2027-MKT-A").get(1).items()).singleElement()
        .satisfies(item -> assertThat(item.goal()).isEqualTo("品牌曝光提升40%"));
  }

  private void approve(String reviewer, String step, String screenshot) {
    try (TasklistUser user = new TasklistUser(port, reviewer)) {
      user.openTask("部门待办", step);
      user.claim();
      user.pick("审批结论", "同意");
      user.screenshot(screenshot);
      user.submit("完成");
      user.waitUntil(() -> engine.getTaskService().createTaskQuery().taskName(step).count() == 0);
    }
  }

}

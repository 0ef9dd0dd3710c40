package com.opsflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.plan.OperationPlanApprovalProcess;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanFixtures;
import com.opsflow.plan.PlanItem;
import com.opsflow.plan.PlansInForce;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * A quarterly plan linked to the annual plan in Tasklist (OM-3.2): 王芳 submits 市场部's first quarter, picks the annual
 * item the first item breaks down and gives the reason the second has none; 吴磊 reviews it with each item's parent
 * item beside it. Screenshots target/screenshots/journey-plan-hierarchy-*.
 */
@BrowserTest
class PlanHierarchyJourneyTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  PlansInForce plansInForce;
  @Autowired
  OperationPlans plans;

  long open(String taskName) {
    return engine.getTaskService().createTaskQuery().taskName(taskName).count();
  }

  @Test
  void theDrafterLinksTheQuarterlyItemsAndOperationsSeesThemBesideTheAnnualItems() {
    plansInForce.approvedAnnualPlan("mkt", "wangfang", "2027-03-31", "2027-06-30");
    Map<String, Object> quarterly = PlanFixtures.plan("QUARTERLY", 2027, "1", null,
        PlanFixtures.item("2027-03-20").replace("品牌曝光提升30%", "华东推广第一场"),
        PlanFixtures.item("2027-02-28").replace("品牌曝光提升30%", "配合年度审计"));
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(OperationPlanApprovalProcess.KEY).latestVersion().singleResult().getId();
    acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, quarterly));

    try (TasklistUser drafter = new TasklistUser(port, "wangfang")) {
      drafter.openTask("我的待办", "关联上级计划事项");
      drafter.chromium().waitForText("PLAN-2027-MKT-A");
      drafter.choose("对应的上级计划事项", 0, "第 2 项");
      drafter.type("无上级事项的理由", 1, "年度计划外的临时任务");
      drafter.screenshot("journey-plan-hierarchy-1-link");
      drafter.submit("完成");
      drafter.waitUntil(() -> open("运营部汇总审核") == 1);
    }
    assertThat(plans.findAll()).filteredOn(plan -> plan.number().equals("PLAN-2027-MKT-Q1")).singleElement()
        .satisfies(plan -> assertThat(plan.items()).extracting(PlanItem::parentItemNo, PlanItem::unlinkedReason)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(2, null),
                org.assertj.core.groups.Tuple.tuple(null, "年度计划外的临时任务")));

    try (TasklistUser operations = new TasklistUser(port, "wulei")) {
      operations.openTask("部门待办", "运营部汇总审核");
      operations.claim();
      operations.chromium().waitForText("对应的上级计划事项");
      operations.screenshot("journey-plan-hierarchy-2-review");
      assertThat(operations.chromium().body()).contains("第 2 项　目标2：举办三场线下推广活动",
          "无上级事项：年度计划外的临时任务");
    }
  }
}

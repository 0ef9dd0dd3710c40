package com.opsflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.plan.company.CompanyPlanStatus;
import com.opsflow.plan.company.CompanyPlans;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * The company annual plan clicked through in Tasklist (OM-3.1): 运营部's 吴磊 starts the consolidation for 2027, writes
 * the company's goals; 管理层's 杨建国 approves it from 部门待办; the year's page shows the version in force.
 * Screenshots target/screenshots/journey-company-plan-*.
 */
@BrowserTest
class CompanyPlanJourneyTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  CompanyPlans companyPlans;

  long open(String taskName) {
    return engine.getTaskService().createTaskQuery().taskName(taskName).count();
  }

  @Test
  void operationsConsolidatesTheCompanyPlanAndManagementApprovesIt() {
    try (TasklistUser operations = new TasklistUser(port, "wulei")) {
      operations.startProcess("公司年度运营计划");
      operations.type("年度", "2027");
      operations.submit("发起");
      operations.waitUntil(() -> open("运营部汇总公司年度计划") == 1);

      operations.openTask("部门待办", "运营部汇总公司年度计划");
      operations.claim();
      operations.type("公司年度目标", "营业收入增长 20%，利润率 15%，客户满意度 95% 以上。");
      operations.screenshot("journey-company-plan-1-consolidate");
      operations.submit("完成");
      operations.waitUntil(() -> open("管理层审批") == 1);
    }

    try (TasklistUser management = new TasklistUser(port, "yangjianguo")) {
      management.openTask("部门待办", "管理层审批");
      management.claim();
      management.chromium().waitForText("CP-2027");
      management.pick("审批结论", "同意");
      management.screenshot("journey-company-plan-2-approve");
      management.submit("完成");
      management.waitUntil(() -> companyPlans.findFirstByYearOrderByVersionDesc(2027)
          .map(plan -> plan.status() == CompanyPlanStatus.APPROVED).orElse(false));
      management.chromium().open("/api/company-plans/2027");
      management.chromium().waitForText("2027 年公司年度运营计划");
      assertThat(management.chromium().body()).contains("CP-2027 第 1 版（已批准）", "利润率 15%");
    }
  }
}

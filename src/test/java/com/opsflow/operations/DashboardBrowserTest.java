package com.opsflow.operations;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.approve;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.support.BrowserTest;
import com.opsflow.support.Chromium;
import com.opsflow.support.EngineTest;

/** A manager opens 运营看板 in Cockpit and reads the figures; Cockpit lists instances by business key. */
@BrowserTest
class DashboardBrowserTest extends EngineTest {

  @LocalServerPort
  int port;

  Chromium chromium;

  @Autowired
  OperationsDashboard dashboard;

  @BeforeEach
  void openChromium() {
    chromium = new Chromium(port);
  }

  @AfterEach
  void closeChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  ProcessInstance submit(String drafter) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    return acting.as(drafter, () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
  }

  @Test
  void aManagerReadsTheDashboardInCockpit() {
    ProcessInstance approved = submit("wangfang");
    for (String reviewer : new String[] {"lina", "wulei", "xulan"}) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(approved.getId()).singleResult();
      acting.as(reviewer, () -> engine.getFormService().submitTaskForm(task.getId(), approve()));
    }
    ProcessInstance waiting = submit("sunli");
    String cases = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("customer-case")
        .latestVersion().singleResult().getId();
    acting.as("fengtao", () -> engine.getFormService().submitStartForm(cases, java.util.Map.of("customerName", "陈先生",
        "customerContact", "13800138000", "caseChannel", "PHONE", "caseCategory", "COMPLAINT", "caseSeverity", "SERIOUS",
        "caseDescription", "报表导出失败。")));

    chromium.logIn("/camunda/app/cockpit/", "yangjianguo");
    // a laptop's height: the page is taller than Cockpit's main area, which clips what does not fit
    chromium.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 600));
    chromium.waitForText("运营看板");
    chromium.click(By.cssSelector("a.opsflow-dashboard-link"));
    chromium.waitForText("各部门概况");
    var year = new org.openqa.selenium.support.ui.Select(chromium.driver().findElement(By.cssSelector(".opsflow-year")));
    assertThat(year.getFirstSelectedOption().getAttribute("value")).as("opens on the year managers follow now")
        .isEqualTo(String.valueOf(dashboard.defaultYear()));
    year.selectByValue("2027");
    chromium.waitForText("已批准 1");
    // the user scrolls down with the wheel to the last section
    WebElement passRate = chromium.driver().findElement(By.cssSelector(".opsflow-satisfaction"));
    chromium.until("客户满意度 scrolled into view with the mouse wheel", driver -> {
      var js = (org.openqa.selenium.JavascriptExecutor) driver;
      if ((Boolean) js.executeScript("const box = arguments[0].getBoundingClientRect();"
          // in the window, and not clipped away: what the user would point at there is the line itself
          + "return box.top >= 0 && box.bottom <= window.innerHeight"
          + " && arguments[0].contains(document.elementFromPoint(box.left + 5, box.top + box.height / 2));", passRate)) {
        return true;
      }
      // the wheel over the middle of the page, as a hand on the mouse does (an element origin would be scrolled
      // back into view before every turn of the wheel), towards the line — back up if a smooth scroll went past it
      double top = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().top;", passRate)).doubleValue();
      int delta = (int) Math.max(-400, Math.min(400, top - 300));
      new org.openqa.selenium.interactions.Actions(driver).scrollFromOrigin(
          org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromViewport(640, 350), 0, delta == 0 ? 1 : delta).perform();
      return false;
    });
    String page = chromium.body();
    assertThat(page).contains("市场部", "销售部", "审批中 1", "首轮验收通过率", "跨部门协作项目（按阶段",
            "客户反馈与投诉（2026-10-01 起登记）", "调查核实中", "客户满意度：满意 0", "风险与预警（当前）",
            "当前没有未关闭的预警")
        .as("for managers, not for us").doesNotContain("统计用时", "毫秒");
    assertThat(chromium.driver().findElements(By.cssSelector(".opsflow-table td")).stream().map(WebElement::getText))
        .as("the three approvals made today count for 2027, the year they were for")
        .contains("部门负责人审核", "运营部汇总审核", "管理层审批");
    assertThat(page.indexOf("运营部")).as("departments in the organisation's order")
        .isLessThan(page.indexOf("市场部")).isLessThan(page.indexOf("数据分析部"));
    chromium.screenshot("cockpit-operations-dashboard");

    chromium.open("/camunda/app/cockpit/default/#/process-definition/" + waiting.getProcessDefinitionId() + "/runtime");
    chromium.waitForText("PLAN-2027-SALES-A");
    assertThat(chromium.body()).contains("运营计划审批");
    chromium.screenshot("cockpit-instances-by-business-key");
    assertThat(Map.of("waiting", waiting.getId())).isNotEmpty();
  }
}

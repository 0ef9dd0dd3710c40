package com.opsflow.approval;

import static com.opsflow.plan.PlanFixtures.item;
import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.approval.application.TaskCards;
import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanStatus;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.Chromium;
import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient.Json;
import com.opsflow.support.RestClient;

/**
 * The approval operations where people use them: the 审批操作 tab beside a task in Tasklist (委派, 抄送)
 * and the 我的申请 page (撤回), in Debian's Chromium, logged in to Tasklist as the demo users.
 */
@BrowserTest
class ApprovalOperationsBrowserTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate http;
  @Autowired
  OperationPlans plans;
  @Autowired
  CarbonCopies carbonCopies;

  Chromium chromium;

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

  String submitPlan() {
    Map<String, Object> values = new HashMap<>(Map.of("planType", "ANNUAL", "periodYear", 2027,
        "planTitle", "市场部2027年度运营计划", "planSummary", "拓展华东市场", "planItems", new Json("[" + item("2027-09-30") + "]")));
    return (String) new RestClient(http, "wangfang", "demo")
        .post("/process-definition/key/operation-plan-approval/submit-form", variables(values)).getBody().get("id");
  }

  @Test
  void operationsDelegatesTheReviewAndCopiesInAColleagueFromTheApprovalOperationsTab() {
    String instanceId = submitPlan();
    Task head = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
    acting.as("lina", () -> engine.getFormService().submitTaskForm(head.getId(), Map.of("decision", "APPROVE")));
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();

    chromium.logIn("/camunda/app/tasklist/", "wulei");
    chromium.waitForText("我的待办");
    chromium.open("/camunda/app/tasklist/default/#/?task=" + review.getId() + "&detailsTab=opsflow.approval-operations");
    chromium.waitForText("转办 / 委派");
    chromium.waitForText("周敏（zhoumin）");

    // issue 25, point 8: a colleague is found the ways people look for one, not in a list of the whole company
    WebElement search = chromium.waitFor(By.cssSelector(".opsflow-cc-search"));
    assertThat(chromium.driver().findElements(By.cssSelector(".opsflow-cc-people li"))).as("nobody listed before typing").isEmpty();
    for (String[] queryAndFound : new String[][] {{"hj", "何静 研发部"}, {"研发部", "钱军 研发部"}, {"wangf", "王芳 市场部"}, {"何", "何静"}}) {
      search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      search.sendKeys(queryAndFound[0]);
      chromium.until("“" + queryAndFound[0] + "” finds " + queryAndFound[1],
          driver -> driver.findElement(By.cssSelector(".opsflow-cc-people")).getText().contains(queryAndFound[1]));
    }
    assertThat(chromium.driver().findElement(By.cssSelector(".opsflow-cc-people")).getText()).doesNotContain("王芳", "钱军");
    chromium.click(By.xpath("//ul[contains(@class,'opsflow-cc-people')]//label[contains(normalize-space(.),'何静')]/input"));
    chromium.waitFor(By.xpath("//span[contains(@class,'opsflow-cc-tag')][contains(normalize-space(.),'何静')]"));
    assertThat(chromium.body()).doesNotContain("按住 Ctrl");
    chromium.driver().findElement(By.cssSelector(".opsflow-cc-note")).sendKeys("请研发部知悉");
    chromium.click(By.cssSelector(".opsflow-cc"));
    chromium.waitForText("已抄送 1 人。");
    chromium.screenshot("approval-operations-tab");
    assertThat(carbonCopies.copiedTo("hejing")).singleElement()
        .satisfies(cc -> assertThat(cc.note()).isEqualTo("请研发部知悉"));

    new Select(chromium.driver().findElement(By.cssSelector(".opsflow-colleague"))).selectByValue("zhoumin");
    chromium.click(By.cssSelector(".opsflow-delegate"));
    chromium.waitForText("已委派给周敏，办理后交回给您。");
    Task delegated = engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);
    assertThat(delegated.getAssignee()).isEqualTo("zhoumin");
    assertThat(delegated.getOwner()).isEqualTo("wulei");

    // the colleague's card says whose task it is and that it goes back
    chromium.close();
    chromium.logIn("/camunda/app/tasklist/", "zhoumin");
    chromium.click(By.xpath("//a[contains(normalize-space(.), '我的待办')]"));
    String card = chromium.until("the delegated task's card", driver -> driver.findElements(By.cssSelector("ol.tasks-list > li.task"))
        .stream().map(org.openqa.selenium.WebElement::getText).filter(text -> text.contains("委派人")).findFirst().orElse(null));
    chromium.screenshot("tasklist-delegated-card");
    assertThat(card.replaceAll("\\s+", "")).contains("运营部汇总审核", "委派人:吴磊（办理后交回）", "PLAN-2027-MKT-A");

    // issue 25, point 7: the task itself says so above its form
    chromium.click(By.xpath("//ol[contains(@class,'tasks')]//*[normalize-space(.)='运营部汇总审核']"));
    String banner = chromium.waitFor(By.cssSelector(".task-details .opsflow-delegation")).getText();
    chromium.screenshot("tasklist-delegated-task-view");
    assertThat(banner).isEqualTo("吴磊委派给您协助办理：您提交后，这项待办交回吴磊作最终决定。");

    acting.as("zhoumin", () -> engine.getFormService().submitTaskForm(review.getId(), Map.of("decision", "APPROVE")));
    Task back = engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(back.getAssignee()).isEqualTo("wulei");
    assertThat(engine.getTaskService().getVariableLocal(review.getId(), TaskCards.DELEGATED_BY)).as("委派人 once it is back").isNull();
  }

  /** 撤回, then 确认撤回 on the page itself. */
  void withdraw(String instanceId) {
    By button = By.cssSelector("button[data-action='withdraw'][data-id='" + instanceId + "']");
    chromium.click(button);
    chromium.waitForText("确定撤回这项申请吗？");
    chromium.click(button);
    chromium.waitForText("申请已撤回。");
  }

  @Test
  void theDrafterWithdrawsFromTheMyApplicationsLinkInTasklistsNavbar() {
    String withdrawn = submitPlan();

    chromium.logIn("/camunda/app/tasklist/", "wangfang");
    // the link opens a tab that inherits Tasklist's sandbox (no modal dialogs): the page must ask by itself
    chromium.clickIntoNewTab(By.cssSelector("a.opsflow-my-applications"));
    chromium.waitForText("PLAN-2027-MKT-A");
    chromium.click(By.cssSelector("button[data-action='withdraw'][data-id='" + withdrawn + "']"));
    chromium.waitForText("确定撤回这项申请吗？");
    chromium.click(By.xpath("//button[normalize-space(.)='取消']"));
    assertThat(chromium.body()).doesNotContain("确定撤回这项申请吗？");
    assertThat(plans.findByProcessInstanceId(withdrawn).orElseThrow().status()).isEqualTo(PlanStatus.IN_REVIEW);

    withdraw(withdrawn);
    chromium.screenshot("my-applications-withdrawn-from-the-navbar-link");
    assertThat(plans.findByProcessInstanceId(withdrawn).orElseThrow().status()).isEqualTo(PlanStatus.WITHDRAWN);
  }

  @Test
  void theDrafterWithdrawsFromMyApplicationsAndCanNoLongerOnceTheHeadActed() {
    String withdrawn = submitPlan();

    chromium.logIn("/camunda/app/tasklist/", "wangfang");
    chromium.waitForText("我的申请");
    chromium.open("/api/applications");
    chromium.waitForText("PLAN-2027-MKT-A");
    chromium.screenshot("my-applications");
    // the engine's clock stands still in tests; a minute later keeps this ending the latest among the test history's
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
        com.opsflow.support.CleanSlate.TODAY.plusSeconds(60)));
    withdraw(withdrawn);
    assertThat(plans.findByProcessInstanceId(withdrawn).orElseThrow().status()).isEqualTo(PlanStatus.WITHDRAWN);

    String reviewed = submitPlan();
    Task head = engine.getTaskService().createTaskQuery().processInstanceId(reviewed).singleResult();
    acting.as("lina", () -> engine.getFormService().submitTaskForm(head.getId(), Map.of("decision", "APPROVE")));
    chromium.open("/api/applications");
    chromium.waitForText("运营部汇总审核");
    assertThat(chromium.driver().findElements(By.cssSelector("button[data-action='withdraw'][data-id='" + reviewed + "']"))).isEmpty();
    chromium.click(By.cssSelector("button[data-action='remind'][data-id='" + reviewed + "']"));
    chromium.waitForText("已催办 1 项待办。");
    assertThat(chromium.body()).contains("已撤回");
    chromium.screenshot("my-applications-after-withdraw-and-remind");
    assertThat(List.of(withdrawn, reviewed)).doesNotHaveDuplicates();
  }
}

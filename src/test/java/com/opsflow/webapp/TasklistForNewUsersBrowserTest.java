package com.opsflow.webapp;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * What a new user meets in Tasklist, opened the way they open it: the navbar at common screen widths, a
 * task link of another department, the task view without the vendor's leftovers, a refusal at the bottom of
 * the long start form.
 */
@BrowserTest
class TasklistForNewUsersBrowserTest extends EngineTest {

  /** Where each navbar entry sits, for a failure message. */
  static final String HEADER_ENTRIES = "return Array.from(document.querySelectorAll('[cam-widget-header] .sections-menu a'))"
      + ".map(a => a.textContent.trim() + ' ' + JSON.stringify(a.getBoundingClientRect())).join('; ');";

  @LocalServerPort
  int port;
  @Autowired
  OperationPlans plans;
  @Autowired
  CompanyClock clock;

  TasklistUser user;

  @BeforeEach
  void noOneLoggedIn() {
    user = null;
  }

  @AfterEach
  void logOut() {
    if (user != null) {
      user.close();
    }
  }

  String submitPlanAs(String drafter) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    return acting.as(drafter, () -> engine.getFormService().submitStartForm(definition, annualPlan(2027))).getId();
  }

  @Test
  void theNavbarIsOneRowAndLeavesTheTaskListsSortBarInViewAtCommonWidths() {
    user = new TasklistUser(port, "wulei");
    for (int width : List.of(1280, 1440, 1920)) {
      user.chromium().driver().manage().window().setSize(new Dimension(width, 900));
      user.chromium().settle();
      WebElement sorting = user.chromium().waitFor(By.xpath("//*[contains(@class,'sorting-choice')]//*[normalize-space(text())='创建时间']"));
      Object covered = ((JavascriptExecutor) user.chromium().driver()).executeScript("""
          const bar = arguments[0].getBoundingClientRect();
          const hit = document.elementFromPoint(bar.left + 5, bar.top + bar.height / 2);
          return arguments[0].contains(hit) ? null : (hit ? hit.className || hit.tagName : 'nothing');
          """, sorting);
      user.screenshot("tasklist-navbar-" + width);
      assertThat(covered).as("what covers the sort bar at " + width + " px; the navbar: %s", ((JavascriptExecutor) user.chromium().driver())
          .executeScript(HEADER_ENTRIES)).isNull();
      long navbarHeight = (Long) ((JavascriptExecutor) user.chromium().driver())
          .executeScript("return Math.round(document.querySelector('[cam-widget-header]').getBoundingClientRect().height);");
      assertThat(navbarHeight).as("navbar height at " + width + " px; the navbar: %s", ((JavascriptExecutor) user.chromium().driver())
          .executeScript(HEADER_ENTRIES)).isLessThan(70);
    }
  }

  @Test
  void operationsTellsTheCardsInItsDepartmentListApartWithoutOpeningThem() {
    for (String[] drafterAndHead : new String[][] {{"wangfang", "lina"}, {"sunli", "zhaoqiang"}}) {
      String instanceId = submitPlanAs(drafterAndHead[0]);
      Task head = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
      acting.as(drafterAndHead[1], () -> engine.getFormService().submitTaskForm(head.getId(), com.opsflow.plan.PlanFixtures.approve()));
    }

    assertThat(engine.getTaskService().createTaskQuery().taskName("运营部汇总审核").list())
        .extracting(task -> engine.getTaskService().getVariablesLocal(task.getId()).get(com.opsflow.approval.application.TaskCards.APPLICANT))
        .containsExactlyInAnyOrder("王芳", "孙丽");

    user = new TasklistUser(port, "wulei");
    user.chromium().click(By.xpath("//a[contains(normalize-space(.), '部门待办')]"));
    List<WebElement> cards = user.chromium().until("two cards in 部门待办", driver -> {
      List<WebElement> shown = driver.findElements(By.cssSelector("ol.tasks-list > li.task"));
      return shown.size() == 2 && shown.stream().allMatch(card -> card.getText().contains("申请人")) ? shown : null;
    });
    user.screenshot("tasklist-department-cards");
    String mkt = cards.stream().map(WebElement::getText).filter(text -> text.contains("PLAN-2027-MKT-A")).findFirst().orElseThrow();
    String sales = cards.stream().map(WebElement::getText).filter(text -> text.contains("PLAN-2027-SALES-A")).findFirst().orElseThrow();
    assertThat(mkt).contains("编号", "部门", "市场部", "申请人", "王芳").doesNotContain("销售部", "50");
    assertThat(sales).contains("销售部", "孙丽").doesNotContain("市场部", "50");
  }

  @Test
  void theTaskViewOffersOnlyWhatTheCompanyUses() {
    submitPlanAs("wangfang");
    user = new TasklistUser(port, "lina");
    user.openTask("部门待办", "部门负责人审核");
    String page = user.chromium().body();
    user.screenshot("tasklist-task-view-for-staff");
    assertThat(page).contains("发起流程", "我的申请", "认领")
        .doesNotContain("创建任务", "键盘快捷键", "设置跟进时间", "添加用户组", "跟进日期");
  }

  @Test
  void anotherDepartmentsTaskLinkSaysInChineseThatItIsNotTheirs() {
    String instanceId = submitPlanAs("wangfang");
    Task headReview = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();

    user = new TasklistUser(port, "zhaoqiang");
    user.chromium().open("/camunda/app/tasklist/default/#/?task=" + headReview.getId());
    user.chromium().waitForText("该任务已不存在");
    user.screenshot("tasklist-task-of-another-department");
    assertThat(user.chromium().body().replaceAll("\\s+", "")).contains("该任务已不存在：它可能已由他人办理完毕，或不在您的办理范围内。")
        .doesNotContain("No matching task", "<-", headReview.getId());
  }

  @Test
  void aRefusedStartAtTheBottomOfTheLongFormIsShownWhereTheUserLooks() {
    submitPlanAs("wangfang");

    user = new TasklistUser(port, "zhangwei");
    user.chromium().driver().manage().window().setSize(new Dimension(1280, 800));
    user.startProcess("运营计划审批");
    assertThat(user.chromium().driver().findElement(By.cssSelector(".modal-title")).getText()).isEqualTo("发起流程：运营计划审批");
    user.choose("计划类型", "年度运营计划");
    user.type("计划年份", "2027");
    user.type("计划名称", "市场部2027年度运营计划（第二份）");
    user.type("计划概述", "同一年度的第二份计划");
    user.type("工作目标", "品牌曝光提升30%");
    user.date("时间节点", "2027-06-30");
    user.type("工作任务", "举办三场线下推广活动");
    user.type("措施与实施步骤", "一季度策划，二季度执行");
    user.type("责任人", "张伟");
    user.submit("发起");

    WebElement refusal = user.chromium().waitFor(By.cssSelector(".modal .notifications .alert-danger"));
    user.chromium().settle();
    user.screenshot("tasklist-start-refused-in-view");
    assertThat(refusal.getText().replaceAll("\\s+", "")).contains("流程发起失败：市场部在2027年度已有").doesNotContain("。：");
    Boolean inView = (Boolean) ((JavascriptExecutor) user.chromium().driver()).executeScript("""
        const box = arguments[0].getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
        """, refusal);
    assertThat(inView).as("the refusal is in view").isTrue();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("operation-plan-approval").count())
        .isEqualTo(1);
  }

  /** Issue 25, point 10: the README's plan page and 我的申请 as the drafter opens them after approval. */
  @Test
  void theDrafterReadsTheApprovedPlanAsAPageInTheCompanysTimeAndMyApplicationsSaysApproved() {
    String instanceId = submitPlanAs("wangfang");
    for (String reviewer : List.of("lina", "wulei", "xulan")) {
      Task review = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult();
      acting.as(reviewer, () -> engine.getFormService().submitTaskForm(review.getId(), com.opsflow.plan.PlanFixtures.approve()));
    }
    OperationPlan plan = plans.findByNumberOrderByVersion("PLAN-2027-MKT-A").get(0);

    user = new TasklistUser(port, "wangfang");
    user.chromium().clickIntoNewTab(By.cssSelector("a.opsflow-my-applications"));
    user.chromium().waitForText("PLAN-2027-MKT-A");
    String myApplications = user.chromium().body();
    user.chromium().open("/api/plans/PLAN-2027-MKT-A");
    user.chromium().waitForText("第 1 版");
    String page = user.chromium().body();
    user.screenshot("plan-page");

    assertThat(myApplications).contains("已批准").doesNotContain("计划已生效");
    assertThat(plan.status().label()).isEqualTo("已批准");
    assertThat(page).contains("PLAN-2027-MKT-A", "第 1 版：已批准", "品牌曝光提升30%", "管理层审批", "许兰")
        .as("the decision time in the company's zone, as forms show it").contains(clock.format(plan.decidedAt()))
        .as("a page, not raw JSON with UTC times").doesNotContain("{\"", "Z\"", plan.decidedAt().toString());
  }

  /** Issue 25, point 9: the form offers the years the server accepts and reads dates one way, 2027-06-30. */
  @Test
  void theStartFormTakesOnlyTheYearsTheServerAcceptsAndReadsDatesAsYearMonthDay() {
    user = new TasklistUser(port, "zhangwei");
    user.startProcess("运营计划审批");
    JavascriptExecutor page = (JavascriptExecutor) user.chromium().driver();
    long thisYear = (Long) page.executeScript("return new Date().getFullYear();");
    user.choose("计划类型", "年度运营计划");

    user.type("计划年份", String.valueOf(thisYear + 2));
    user.chromium().waitForText("不能大于 " + (thisYear + 1));
    user.type("计划年份", String.valueOf(thisYear - 1));
    user.chromium().waitForText("不能小于 " + thisYear);
    assertThat(user.chromium().body()).contains("今年或明年（" + thisYear + " 或 " + (thisYear + 1) + "）");
    user.type("计划年份", String.valueOf(thisYear + 1));
    WebElement deadline = user.chromium().inView(user.chromium().waitFor(By.cssSelector("input.flatpickr-input")));
    assertThat(deadline.getAttribute("placeholder")).isEqualTo("如 2027-06-30");
    user.date("时间节点", "06/30/2027");
    user.chromium().waitForText("无法识别日期“06/30/2027”");
    user.screenshot("tasklist-date-typed-the-american-way");
    assertThat(deadline.getDomProperty("value")).as("not silently another day").isEmpty();

    user.date("时间节点", "2027/6/30");
    user.chromium().until("the date read as 2027-06-30", driver -> "2027-06-30".equals(deadline.getDomProperty("value")));
    assertThat(user.chromium().body()).doesNotContain("无法识别日期");
  }

  /** Issue 25, point 3: a refused 完成 is said where the user looks, without covering 保存 and 完成. */
  @Test
  void aRefusedCompletionLeavesTheButtonsFreeAndInView() {
    submitPlanAs("wangfang");
    user = new TasklistUser(port, "lina");
    user.chromium().driver().manage().window().setSize(new Dimension(1280, 800));
    user.openTask("部门待办", "部门负责人审核");
    user.claimIfOffered();
    user.pick("审批结论", "退回修改");
    user.submit("完成");

    WebElement refusal = user.chromium().waitFor(By.cssSelector(".notifications-panel .alert-danger, .notifications .alert-danger"));
    user.chromium().settle();
    user.screenshot("tasklist-complete-refused");
    JavascriptExecutor page = (JavascriptExecutor) user.chromium().driver();
    assertThat(refusal.getText()).contains("意见");
    assertThat((Boolean) page.executeScript("""
        const box = arguments[0].getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
        """, refusal)).as("the refusal is in view").isTrue();
    for (String button : List.of("保存", "完成")) {
      WebElement shown = user.chromium().driver().findElement(By.xpath("//button[normalize-space(.)='" + button + "']"));
      user.chromium().inView(shown);
      Object covering = page.executeScript("""
          const box = arguments[0].getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return arguments[0].contains(hit) ? null : (hit ? (hit.className || hit.tagName) + ': ' + hit.textContent.trim().substring(0, 60) : 'nothing');
          """, shown);
      assertThat(covering).as("what covers " + button).isNull();
    }
  }

  /** Issue 25, point 3: with 发起 greyed out at the bottom, the form says there what is missing and takes the user there. */
  @Test
  void aGreyedOutStartButtonSaysWhatIsMissingAndLeadsThere() {
    user = new TasklistUser(port, "zhangwei");
    user.chromium().driver().manage().window().setSize(new Dimension(1280, 800));
    user.startProcess("运营计划审批");
    user.choose("计划类型", "年度运营计划");
    user.type("计划年份", "2027");
    user.type("计划名称", "市场部2027年度运营计划");
    user.type("计划名称", "");
    user.type("计划概述", "拓展华东市场");
    user.type("工作目标", "品牌曝光提升30%");
    user.date("时间节点", "2027-06-30");
    user.type("工作任务", "举办三场线下推广活动");
    user.type("措施与实施步骤", "一季度策划，二季度执行");
    user.type("责任人", "张伟");

    WebElement start = user.chromium().inView(user.chromium().driver().findElement(By.xpath("//button[normalize-space(.)='发起']")));
    WebElement missing = user.chromium().waitFor(By.cssSelector(".opsflow-form-missing"));
    user.screenshot("tasklist-start-greyed-out-says-why");
    assertThat(start.isEnabled()).isFalse();
    assertThat(missing.getText()).contains("计划名称").doesNotContain("计划概述");
    user.chromium().click(By.xpath("//*[contains(@class,'opsflow-form-missing')]//a[normalize-space(.)='计划名称']"));
    WebElement title = user.chromium().driver().switchTo().activeElement();
    assertThat(title.getAttribute("id")).as("the cursor is in 计划名称").contains("Field_PlanTitle");
  }
}

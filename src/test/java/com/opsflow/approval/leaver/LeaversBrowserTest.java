package com.opsflow.approval.leaver;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.support.BrowserTest;
import com.opsflow.support.Chromium;
import com.opsflow.support.EngineTest;

/**
 * 离职转办 from its page: the administrator hands 林离's returned plan to 张伟 in the browser; 李娜, not an
 * administrator, is told the page is not hers.
 */
@BrowserTest
class LeaversBrowserTest extends EngineTest {

  @LocalServerPort
  int port;

  @BeforeEach
  void aColleagueWhoWillLeave() {
    var identity = engine.getIdentityService();
    var user = identity.newUser(LeaversRestTest.LEAVER);
    user.setFirstName("林");
    user.setLastName("离");
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(LeaversRestTest.LEAVER, "mkt");
  }

  @AfterEach
  void goneForGood() {
    engine.getIdentityService().deleteUser(LeaversRestTest.LEAVER);
  }

  @Test
  void theAdministratorHandsALeaversWorkOverFromThePage() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    ProcessInstance plan = acting.as(LeaversRestTest.LEAVER, () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
    acting.as("lina", () -> engine.getFormService().submitTaskForm(review.getId(), decision("RETURN", "请补充预算")));

    try (Chromium chromium = new Chromium(port)) {
      chromium.logIn("/camunda/app/tasklist/", "lina");
      chromium.open("/api/people/hand-over");
      chromium.waitForText("只有系统管理员可以办理离职转办。");
    }
    try (Chromium chromium = new Chromium(port)) {
      chromium.logIn("/camunda/app/tasklist/", "admin");
      chromium.open("/api/people/hand-over");
      new Select(chromium.waitFor(By.id("leaver"))).selectByValue(LeaversRestTest.LEAVER);
      new Select(chromium.waitFor(By.id("successor"))).selectByValue("zhangwei");
      chromium.driver().findElement(By.id("reason")).sendKeys("离职");
      chromium.click(By.cssSelector("#hand-over button[type=submit]"));
      chromium.waitForText("已转交：待办 1 项，申请 1 项，抄送 0 项；已退出 1 个组。");
      chromium.screenshot("leaver-hand-over");
    }
    Task revise = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
    assertThat(revise.getAssignee()).isEqualTo("zhangwei");
    assertThat(engine.getIdentityService().createGroupQuery().groupMember(LeaversRestTest.LEAVER).count()).isZero();
  }
}

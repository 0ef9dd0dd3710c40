package com.opsflow.approval.signer;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.approval.TrailEntry;
import com.opsflow.plan.OperationPlans;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * 加签 in Tasklist: 吴磊 holds 运营部汇总审核 of 王芳's plan and, from the 审批操作 tab, asks his head 周敏 to decide
 * before him; 周敏 finds it in 我的待办, is told why, and submits her conclusion in the step's own form; the task comes
 * back to 吴磊 with her opinion listed. Then he asks 许兰 of 管理层 to countersign alongside him, which she does on her
 * sub-task's panel.
 */
@BrowserTest
class SignersBrowserTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  OperationPlans plans;

  @Test
  void wuleiAddsZhouminBeforeHimselfAndXulanAlongside() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    ProcessInstance plan = acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
    Task head = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
    acting.as("lina", () -> engine.getFormService().submitTaskForm(head.getId(), decision("APPROVE", "同意")));
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();

    try (TasklistUser wulei = new TasklistUser(port, "wulei")) {
      wulei.openTask("部门待办", "运营部汇总审核");
      wulei.claim();
      var chromium = wulei.chromium();
      chromium.open("/camunda/app/tasklist/default/#/?task=" + review.getId() + "&detailsTab=opsflow.approval-operations");
      chromium.waitForText("加签 / 减签");
      new Select(chromium.waitFor(By.cssSelector(".opsflow-sign-mode"))).selectByValue("BEFORE");
      chromium.waitFor(By.cssSelector(".opsflow-sign-search")).sendKeys("zhoumin");
      chromium.click(By.xpath("//ul[contains(@class,'opsflow-sign-people')]//label[contains(normalize-space(.),'周敏')]/input"));
      chromium.driver().findElement(By.cssSelector(".opsflow-sign-note")).sendKeys("预算超过去年，请先把关");
      chromium.click(By.cssSelector(".opsflow-sign"));
      chromium.waitForText("向前加签：已请周敏审批。");
      wulei.screenshot("signer-added-before");
    }
    Task withZhoumin = engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(withZhoumin.getAssignee()).isEqualTo("zhoumin");
    assertThat(withZhoumin.getDelegationState()).isEqualTo(DelegationState.PENDING);

    try (TasklistUser zhoumin = new TasklistUser(port, "zhoumin")) {
      zhoumin.openTask("我的待办", "运营部汇总审核");
      String banner = zhoumin.chromium().waitFor(By.cssSelector(".task-details .opsflow-delegation")).getText();
      assertThat(banner).isEqualTo("吴磊向前加签，请您先审批：您提交审批结论和意见后，这项待办交回吴磊。");
      zhoumin.pick("审批结论", "同意");
      zhoumin.type("审批意见", "预算合理，同意");
      zhoumin.screenshot("signer-asked-before");
      zhoumin.submit("完成");
      zhoumin.waitUntil(() -> "wulei".equals(engine.getTaskService().createTaskQuery().taskId(review.getId())
          .singleResult().getAssignee()));
    }

    try (TasklistUser wulei = new TasklistUser(port, "wulei")) {
      var chromium = wulei.chromium();
      chromium.open("/camunda/app/tasklist/default/#/?task=" + review.getId() + "&detailsTab=opsflow.approval-operations");
      chromium.waitForText("周敏 · 向前加签 · 已审批 · 向前加签：同意：预算合理，同意");
      new Select(chromium.waitFor(By.cssSelector(".opsflow-sign-mode"))).selectByValue("PARALLEL");
      chromium.waitFor(By.cssSelector(".opsflow-sign-search")).sendKeys("许兰");
      chromium.click(By.xpath("//ul[contains(@class,'opsflow-sign-people')]//label[contains(normalize-space(.),'许兰')]/input"));
      chromium.click(By.cssSelector(".opsflow-sign"));
      chromium.waitForText("并行会签：已请许兰审批。");
      wulei.screenshot("signer-added-alongside");
    }

    try (TasklistUser xulan = new TasklistUser(port, "xulan")) {
      var chromium = xulan.chromium();
      chromium.click(By.xpath("//a[contains(normalize-space(.), '我的待办')]"));
      chromium.click(By.xpath("//ol[contains(@class,'tasks')]//*[normalize-space(.)='会签：运营部汇总审核']"));
      chromium.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='审批操作']"));
      chromium.waitForText("吴磊请您并行会签“运营部汇总审核”");
      chromium.click(By.cssSelector(".opsflow-countersign-agree"));
      chromium.driver().findElement(By.cssSelector(".opsflow-countersign-opinion")).sendKeys("同意，与年度目标一致");
      xulan.screenshot("signer-countersign-panel");
      chromium.click(By.cssSelector(".opsflow-countersign-submit"));
      chromium.waitForText("已提交会签意见：同意。");
    }

    acting.as("wulei", () -> engine.getFormService().submitTaskForm(review.getId(), decision("APPROVE", "已汇总")));
    assertThat(plans.findByProcessInstanceId(plan.getId()).orElseThrow().trail())
        .extracting(TrailEntry::actorName, TrailEntry::action)
        .containsSubsequence(org.assertj.core.groups.Tuple.tuple("周敏", "向前加签：同意"),
            org.assertj.core.groups.Tuple.tuple("许兰", "并行会签：同意"), org.assertj.core.groups.Tuple.tuple("吴磊", "同意"));
    assertThat(List.of(engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult().getName()))
        .containsExactly("管理层审批");
  }
}

package com.opsflow.approval.phrase;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.approve;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.approval.TrailEntry;
import com.opsflow.plan.OperationPlans;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.TasklistUser;

/** 常用意见 in Tasklist: 杨建国 approves with a phrase he saved, picked beside 审批意见, and saves a new one. */
@BrowserTest
class PhrasesBrowserTest extends EngineTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  OperationPlans plans;
  @LocalServerPort
  int port;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  @Test
  void managementApprovesWithASavedPhraseAndSavesANewOne() {
    as("yangjianguo").apiPost("/phrases", Map.of("text", "同意，按年度目标执行。"));
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    ProcessInstance plan = acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
    for (String reviewer : List.of("lina", "wulei")) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
      acting.as(reviewer, () -> engine.getFormService().submitTaskForm(task.getId(), approve()));
    }

    try (TasklistUser manager = new TasklistUser(port, "yangjianguo")) {
      manager.openTask("部门待办", "管理层审批");
      manager.claim();
      manager.chromium().waitForText("本环节之后无需再审批。"); // 流程预测: 管理层审批 is the last step of an annual plan
      manager.pick("审批结论", "同意");
      var chromium = manager.chromium();
      chromium.waitFor(By.cssSelector(".opsflow-phrase-pick"));
      new Select(chromium.driver().findElement(By.cssSelector(".opsflow-phrase-pick"))).selectByVisibleText("同意，按年度目标执行。");
      chromium.until("the phrase in 审批意见", driver -> "同意，按年度目标执行。".equals(
          driver.findElement(By.cssSelector(".opsflow-phrases")).findElement(By.xpath("preceding-sibling::textarea"))
              .getDomProperty("value")));
      manager.screenshot("phrases-picked");

      manager.type("审批意见", "同意，请各部门按季度分解。");
      chromium.click(By.cssSelector(".opsflow-phrase-save"));
      chromium.waitForText("已保存");
      manager.submit("完成");
      manager.waitUntil(() -> engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).count() == 0);
    }

    assertThat(plans.findByProcessInstanceId(plan.getId()).orElseThrow().trail()).last()
        .extracting(TrailEntry::comment).isEqualTo("同意，请各部门按季度分解。");
    assertThat(as("yangjianguo").api("/phrases").getBody().get("mine").toString()).contains("同意，请各部门按季度分解。");
  }
}

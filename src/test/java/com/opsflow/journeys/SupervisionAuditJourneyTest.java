package com.opsflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.performance.PerformanceLedger;
import com.opsflow.supervision.SupervisionAudits;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.Tasklist;
import com.opsflow.support.TasklistUser;

/**
 * A supervision audit of 客服部 clicked through in Tasklist: 孔明 plans it, 许兰 approves, on the on-site day
 * (the timer is fired here) 孔明 works the six on-site steps and records one finding, 郑红 answers, the
 * report is approved and received, 冯涛 rectifies — the first acceptance fails, the second passes — and
 * 孔明 closes with the summary. Screenshots target/screenshots/journey-audit-*.
 */
@BrowserTest
class SupervisionAuditJourneyTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  SupervisionAudits audits;
  @Autowired
  PerformanceLedger ledger;

  Tasklist tasklist;

  @BeforeEach
  void openTasklist() {
    tasklist = new Tasklist(port);
  }

  @AfterEach
  void logOut() {
    tasklist.close();
  }

  @Test
  void anAuditWithOneFailedAndOnePassedAcceptanceInTasklist() {
    TasklistUser planner = tasklist.as("kongming");
    planner.startProcess("运营督导");
    planner.submit("发起");
    planner.openTask("我的待办", "制定督导计划");
    planner.type("督导名称", "客服部服务质量督导");
    planner.tick("被督导部门", "客服部");
    planner.tick("督导重点", "服务质量");
    planner.type("督导目标", "核查服务规范的执行");
    planner.type("督导方法", "现场检查、数据分析、访谈");
    planner.date("现场督导日期", "2026-12-01");
    planner.tick("督导人员", "孔明");
    planner.screenshot("journey-audit-1-plan");
    planner.submit("完成");
    planner.waitUntil(() -> openCount("管理层审批督导计划") == 1);
    work("xulan", "管理层审批督导计划", user -> user.pick("审批结论", "同意"));
    fire("supervision-audit", "Timer_OnSiteDate");

    for (String step : List.of("准备工作", "首次会议", "现场检查", "数据收集", "人员访谈")) {
      work("kongming", step, user -> user.type("本环节的记录", step + "已完成"));
    }
    work("kongming", "问题记录", user -> {
      user.addRow("问题记录");
      // form-js names a row's remove button in English for screen readers; ours read Chinese
      user.chromium().until("the rows' 删除 buttons named in Chinese", driver -> !driver.findElements(
          org.openqa.selenium.By.cssSelector("[aria-label^='删除第']")).isEmpty()
          && driver.findElements(org.openqa.selenium.By.cssSelector("[aria-label^='Remove list item']")).isEmpty());
      user.type("表现形式", "投诉回访超时");
      user.choose("督导重点", "服务质量");
      user.type("影响范围", "华东区");
      user.choose("严重程度", "较重");
      user.choose("责任部门", "客服部");
      user.type("责任人", "冯涛");
    });
    work("zhenghong", "初步沟通", user -> {
      user.type("问题原因分析", "人手不足");
      user.type("可能的解决办法", "调整排班");
    });
    work("kongming", "编写督导报告", user -> {
      user.type("计划执行情况", "按计划完成");
      user.type("工作亮点", "首问负责");
      user.type("存在的问题", "回访超时");
      user.type("原因分析", "排班不足");
      user.type("整改建议", "调整排班");
    });
    work("yangjianguo", "管理层审批督导报告", user -> user.pick("审批结论", "同意"));
    work("zhenghong", "接收督导报告", user -> { });

    for (int round = 1; round <= 2; round++) {
      boolean first = round == 1;
      work("fengtao", "制定整改方案", user -> {
        user.type("整改措施", "增设回访专员");
        user.type("整改责任人", "冯涛");
        user.date("整改期限", "2026-12-20");
      });
      work("fengtao", "实施整改并提交结果", user -> user.type("整改完成情况", "已增设专员并培训"));
      fire("finding-rectification", "Timer_RectificationDeadline");
      work("kongming", "整改验收", user -> {
        user.pick("验收结论", first ? "不合格，继续整改" : "合格，关闭问题");
        if (first) {
          user.type("验收意见", "超时率仍偏高");
        }
      });
    }
    work("kongming", "总结评估", user -> {
      user.type("经验教训", "排班是关键");
      user.type("督导效果", "超时率 12%→2%");
      user.type("改进建议", "推广到其他区域");
    });

    assertThat(audits.findAll()).singleElement().satisfies(audit -> assertThat(audit.statusLabel()).isEqualTo("已结束"));
    assertThat(ledger.findByDepartmentOrderById("cs")).extracting(entry -> entry.points()).containsExactly(-2, -1);
  }

  private void work(String who, String step, Consumer<TasklistUser> fill) {
    long before = openCount(step);
    TasklistUser user = tasklist.as(who);
    user.openTask(filterFor(who, step), step);
    user.claimIfOffered();
    fill.accept(user);
    user.screenshot("journey-audit-" + step + "-" + who + "-" + before);
    user.submit("完成");
    user.waitUntil(() -> openCount(step) < before);
  }

  private String filterFor(String who, String step) {
    return engine.getTaskService().createTaskQuery().taskName(step).taskAssignee(who).count() > 0 ? "我的待办" : "部门待办";
  }

  private long openCount(String step) {
    return engine.getTaskService().createTaskQuery().taskName(step).count();
  }

  private void fire(String processKey, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(processKey).activityId(activityId)
        .singleResult();
    assertThat(timer).as("timer " + activityId).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

}

package com.opsflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.risk.Risk;
import com.opsflow.risk.RiskLevel;
import com.opsflow.risk.RiskRoundProcess;
import com.opsflow.risk.Risks;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * A quarterly risk assessment round for one department in Tasklist (OM-5.1): the round opens; 客服部's 冯涛 identifies
 * two risks, its head 郑红 approves, 运营部's 吴磊 consolidates, 管理层's 杨建国 acknowledges the 重大 one; the register
 * holds both. Screenshots target/screenshots/journey-risk-*.
 */
@BrowserTest
class RiskAssessmentJourneyTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  Risks risks;

  long open(String taskName) {
    return engine.getTaskService().createTaskQuery().taskName(taskName).count();
  }

  void openTheRound() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(RiskRoundProcess.KEY).timers()
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    for (List<Job> due; !(due = engine.getManagementService().createJobQuery().processDefinitionKey(RiskRoundProcess.KEY)
        .messages().list()).isEmpty(); ) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  @Test
  void aDepartmentsRisksGoFromIdentificationToTheRegister() {
    openTheRound();

    try (TasklistUser staff = new TasklistUser(port, "fengtao")) {
      staff.openTask("部门待办", "识别与评估风险");
      staff.claim();
      staff.chromium().waitForText("2026年第4季度");
      staff.choose("风险类别", 0, "运营");
      staff.type("风险描述", 0, "投诉高峰期坐席不足，响应超时");
      staff.choose("可能性", 0, "4 高");
      staff.choose("影响程度", 0, "3 中等");
      staff.addRow("风险");
      staff.choose("风险类别", 1, "信息安全");
      staff.type("风险描述", 1, "通话录音含客户个人信息，存储未加密");
      staff.choose("可能性", 1, "4 高");
      staff.choose("影响程度", 1, "5 灾难性");
      staff.screenshot("journey-risk-1-identify");
      staff.submit("完成");
      staff.waitUntil(() -> open("部门负责人审核风险") == 1);
    }
    try (TasklistUser head = new TasklistUser(port, "zhenghong")) {
      head.openTask("部门待办", "部门负责人审核风险");
      head.claim();
      head.chromium().waitForText("通话录音含客户个人信息");
      assertThat(head.chromium().body()).contains("重大", "高");
      head.pick("审核结论", "同意");
      head.submit("完成");
      head.waitUntil(() -> open("运营部汇总风险") == 1);
    }
    try (TasklistUser operations = new TasklistUser(port, "wulei")) {
      operations.openTask("部门待办", "运营部汇总风险");
      operations.claim();
      operations.pick("审核结论", "同意");
      operations.submit("完成");
      operations.waitUntil(() -> open("管理层确认重大风险") == 1);
    }
    try (TasklistUser management = new TasklistUser(port, "yangjianguo")) {
      management.openTask("部门待办", "管理层确认重大风险");
      management.claim();
      management.chromium().waitForText("FX-2026-002");
      management.type("管理层意见", "请客服部一个月内完成录音加密");
      management.screenshot("journey-risk-2-acknowledge");
      management.submit("完成");
      management.waitUntil(() -> open("管理层确认重大风险") == 0);
    }
    assertThat(risks.findAll()).extracting(Risk::department, Risk::level, Risk::acknowledgedBy)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("cs", RiskLevel.HIGH, null),
            org.assertj.core.groups.Tuple.tuple("cs", RiskLevel.MAJOR, "yangjianguo"));
  }
}

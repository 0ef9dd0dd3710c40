package com.opsflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.datareport.DataReportProcess;
import com.opsflow.risk.warning.RiskWarning;
import com.opsflow.risk.warning.RiskWarnings;
import com.opsflow.risk.warning.WarningStatus;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * A month's data submission and the warning it raises, in Tasklist (OC-2.3.1, OM-5.3): the round opens; 销售部's 孙丽
 * types October's 月度销售额 below its warning value with a note; the warning lands in 销售部's 部门待办, 孙丽 answers
 * it, 运营部's 吴磊 closes it. Screenshots target/screenshots/journey-data-*.
 */
@BrowserTest
class DataSubmissionJourneyTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  RiskWarnings warnings;

  long open(String taskName) {
    return engine.getTaskService().createTaskQuery().taskName(taskName).count();
  }

  void openTheRound() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(DataReportProcess.KEY).timers()
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    for (List<Job> due; !(due = engine.getManagementService().createJobQuery().processDefinitionKey(DataReportProcess.KEY)
        .messages().list()).isEmpty(); ) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  @Test
  void aValueSubmittedBelowItsWarningValueIsAnsweredAndClosed() {
    openTheRound();

    try (TasklistUser sales = new TasklistUser(port, "sunli")) {
      sales.openTask("部门待办", "报送经营数据");
      sales.claim();
      sales.chromium().waitForText("数据报送 · 2026-10");
      sales.type("本期数值", 0, "750");
      sales.type("说明（可选）", "两家大客户推迟到 11 月签约");
      sales.screenshot("journey-data-1-submit");
      sales.submit("完成");
      sales.waitUntil(() -> open("原因分析与应对措施") == 1);

      sales.openTask("部门待办", "原因分析与应对措施");
      sales.claim();
      sales.chromium().waitForText("月度销售额达到预警值");
      assertThat(sales.chromium().body()).contains("月度销售额 2026-10 为 750 万元", "2026-10");
      sales.type("原因分析", "两家大客户推迟签约");
      sales.type("应对措施", "孙丽负责，11 月底前完成两家大客户签约");
      sales.screenshot("journey-data-2-warning");
      sales.submit("完成");
      sales.waitUntil(() -> open("运营部审核预警应对") == 1);
    }
    try (TasklistUser operations = new TasklistUser(port, "wulei")) {
      operations.openTask("部门待办", "运营部审核预警应对");
      operations.claim();
      operations.chromium().waitForText("孙丽负责，11 月底前完成两家大客户签约");
      operations.pick("审核结论", "同意");
      operations.submit("完成");
      operations.waitUntil(() -> open("运营部审核预警应对") == 0);
    }
    assertThat(jdbc.queryForObject("select reading from indicator_value where indicator_code = 'SALES-REVENUE'"
        + " and period = '2026-10'", java.math.BigDecimal.class)).isEqualByComparingTo("750");
    assertThat(warnings.findAll()).extracting(RiskWarning::number, RiskWarning::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("YJ-2026-001", WarningStatus.CLOSED));
  }
}

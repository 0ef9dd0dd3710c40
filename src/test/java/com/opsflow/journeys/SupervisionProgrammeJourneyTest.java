package com.opsflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.supervision.AuditStatus;
import com.opsflow.supervision.SupervisionAudits;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * A supervision programme clicked through in Tasklist (SV-2.1.1): 孔明 plans December's audit of 客服部, 杨建国 approves it;
 * a week before, 客服部's head 郑红 proposes another day, 孔明 takes it (曹云, not on this audit, is not asked); the audit
 * starts without an approval of its own and waits for the new day. Screenshots target/screenshots/journey-supervision-programme-*.
 */
@BrowserTest
class SupervisionProgrammeJourneyTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  SupervisionAudits audits;

  long open(String taskName) {
    return engine.getTaskService().createTaskQuery().taskName(taskName).count();
  }

  void runJobsAt(String activity) {
    for (Job job : engine.getManagementService().createJobQuery().activityId(activity).list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  @Test
  void aSupervisorPlansManagementApprovesTheDepartmentProposesADayAndTheAuditStartsOnIt() {
    try (TasklistUser supervisor = new TasklistUser(port, "kongming")) {
      supervisor.startProcess("督导工作计划");
      supervisor.choose("计划类型", "月度督导工作计划");
      supervisor.type("年份", "2026");
      supervisor.choose("月份", "12月");
      supervisor.submit("发起");
      supervisor.waitUntil(() -> open("制定督导工作计划") == 1);

      supervisor.openTask("我的待办", "制定督导工作计划");
      supervisor.type("督导工作计划名称", "2026年12月运营督导");
      supervisor.type("督导工作目标", "检查年末客户服务质量");
      supervisor.type("督导方法", "现场检查、抽查通话记录、员工访谈");
      supervisor.choose("被督导部门", "客服部");
      supervisor.date("督导日期", "2026-12-10");
      supervisor.tick("督导重点", "服务质量");
      supervisor.tick("督导人员", "孔明");
      supervisor.screenshot("journey-supervision-programme-1-draft");
      supervisor.submit("完成");
      supervisor.waitUntil(() -> open("管理层审批督导工作计划") == 1);
    }

    try (TasklistUser management = new TasklistUser(port, "yangjianguo")) {
      management.openTask("部门待办", "管理层审批督导工作计划");
      management.claim();
      management.chromium().waitForText("SP-2026-M12");
      assertThat(management.chromium().body()).contains("客服部", "2026-12-10", "服务质量", "孔明");
      management.pick("审批结论", "同意");
      management.submit("完成");
      management.waitUntil(() -> engine.getManagementService().createJobQuery().activityId("Timer_Notice").count() == 1);
    }
    runJobsAt("Timer_Notice"); // a week before the 10th

    try (TasklistUser head = new TasklistUser(port, "zhenghong")) {
      head.openTask("部门待办", "确认督导日期");
      head.claim();
      head.chromium().waitForText("2026-12-10");
      head.pick("答复", "提议其他日期");
      head.date("提议的督导日期", "2026-12-11");
      head.type("改期理由", "10日有重点客户来访");
      head.screenshot("journey-supervision-programme-2-propose");
      head.submit("完成");
      head.waitUntil(() -> open("确认改期") == 1);
    }

    assertThat(engine.getTaskService().createTaskQuery().taskName("确认改期").taskCandidateUser("caoyun").count())
        .as("曹云 is not among this audit's supervisors").isZero();
    try (TasklistUser supervisor = new TasklistUser(port, "kongming")) {
      supervisor.openTask("部门待办", "确认改期");
      supervisor.claim();
      supervisor.chromium().waitForText("10日有重点客户来访");
      supervisor.pick("决定", "同意改期");
      supervisor.submit("完成");
      supervisor.waitUntil(() -> engine.getManagementService().createJobQuery().activityId("Task_PrepareAudit").count() == 1);
    }
    runJobsAt("Task_PrepareAudit");
    assertThat(audits.findAll()).singleElement().satisfies(audit -> {
      assertThat(audit.status()).isEqualTo(AuditStatus.SCHEDULED);
      assertThat(audit.onSiteDate()).hasToString("2026-12-11");
      assertThat(audit.programmeNumber()).isEqualTo("SP-2026-M12");
    });
  }
}

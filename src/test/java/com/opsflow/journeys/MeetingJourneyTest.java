package com.opsflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.meeting.MeetingStatus;
import com.opsflow.meeting.Meetings;
import com.opsflow.meeting.ResolutionStatus;
import com.opsflow.meeting.Resolutions;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * A department meeting clicked through in Tasklist (OM-8.2–8.4), as the README's walk-through: 李娜 (市场部 head) calls
 * it and invites her department and 冯涛; 王芳 records two decisions; 张伟 objects first, the revised minutes are
 * confirmed by everyone and published; 张伟 and 王芳 report their items done; 运营部's 吴磊 checks both from 部门待办 and
 * finds them closed in the 决议台账. Screenshots target/screenshots/journey-meeting-*.
 */
@BrowserTest
class MeetingJourneyTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  Meetings meetings;
  @Autowired
  Resolutions resolutions;

  long open(String taskName) {
    return engine.getTaskService().createTaskQuery().taskName(taskName).count();
  }

  @Test
  void aDepartmentMeetingIsCalledItsMinutesConfirmedAndEveryDecisionDone() {
    try (TasklistUser head = new TasklistUser(port, "lina")) {
      head.startProcess("会议与纪要");
      head.choose("会议类型", "部门会议");
      head.type("会议主题", "十二月市场活动安排");
      head.submit("发起");
      head.waitUntil(() -> open("筹备会议") == 1);

      head.openTask("我的待办", "筹备会议");
      head.type("议程事项", "确定十二月促销方案");
      head.date("会议日期", "2026-11-24");
      head.choose("开始时间", "上午 09:30");
      head.type("地点或线上会议链接", "三楼第一会议室");
      head.tick("参会部门或角色", "市场部（全体）");
      head.tag("参会人员（逐个添加）", "冯涛");
      head.choose("会议记录人", "王芳");
      head.screenshot("journey-meeting-1-prepare");
      head.submit("完成");
      head.waitUntil(() -> open("撰写会议纪要") == 1);
    }
    assertThat(meetings.findByNumber("HY-2026-0001").orElseThrow().attendees())
        .containsExactlyInAnyOrder("lina", "wangfang", "zhangwei", "fengtao");

    try (TasklistUser recorder = new TasklistUser(port, "wangfang")) {
      recorder.openTask("我的待办", "撰写会议纪要");
      recorder.type("主要内容", "确定十二月以线上促销为主。");
      recorder.addRow("决策事项");
      recorder.type("事项内容", 0, "制定十二月线上促销方案");
      recorder.choose("责任人", 0, "张伟");
      recorder.date("完成时间", 0, "2026-11-30");
      recorder.addRow("决策事项");
      recorder.type("事项内容", 1, "整理十一月活动数据");
      recorder.choose("责任人", 1, "王芳");
      recorder.date("完成时间", 1, "2026-12-04");
      recorder.screenshot("journey-meeting-2-minutes");
      recorder.submit("完成");
      recorder.waitUntil(() -> open("确认会议纪要") == 3);
    }

    try (TasklistUser attendee = new TasklistUser(port, "zhangwei")) {
      attendee.openTask("我的待办", "确认会议纪要");
      attendee.pick("确认结果", "有异议");
      attendee.type("意见", "促销方案应会同销售部制定。");
      attendee.screenshot("journey-meeting-3-objection");
      attendee.submit("完成");
      attendee.waitUntil(() -> open("确认会议纪要") == 2);
    }
    confirm("lina");
    confirm("fengtao");

    try (TasklistUser recorder = new TasklistUser(port, "wangfang")) {
      recorder.waitUntil(() -> open("撰写会议纪要") == 1);
      recorder.openTask("我的待办", "撰写会议纪要");
      recorder.chromium().waitForText("促销方案应会同销售部制定。");
      recorder.type("事项内容", 0, "会同销售部制定十二月线上促销方案");
      recorder.screenshot("journey-meeting-4-revised");
      recorder.submit("完成");
      recorder.waitUntil(() -> open("确认会议纪要") == 3);
    }
    confirm("zhangwei");
    confirm("lina");
    confirm("fengtao");

    try (TasklistUser head = new TasklistUser(port, "lina")) {
      head.waitUntil(() -> open("发布会议纪要") == 1);
      head.openTask("我的待办", "发布会议纪要");
      head.submit("完成");
      head.waitUntil(() -> open("执行决议") == 2);
    }
    report("zhangwei", "方案已会同销售部定稿。");
    report("wangfang", "活动数据已整理归档。");

    try (TasklistUser operations = new TasklistUser(port, "wulei")) {
      for (int done = 1; done <= 2; done++) {
        int closed = done;
        operations.openTask("部门待办", "运营部检查决议");
        operations.claim();
        operations.pick("审批结论", "同意");
        operations.submit("完成");
        operations.waitUntil(() -> open("运营部检查决议") == 2 - closed);
      }
      operations.chromium().open("/api/resolutions");
      operations.chromium().waitForText("决议台账");
      operations.screenshot("journey-meeting-5-ledger");
      assertThat(operations.chromium().body()).contains(
          "HY-2026-0001-1 HY-2026-0001 会同销售部制定十二月线上促销方案 张伟 市场部 2026-11-30 18:00 已完成",
          "HY-2026-0001-2 HY-2026-0001 整理十一月活动数据 王芳 市场部 2026-12-04 18:00 已完成");
    }
    assertThat(meetings.findByNumber("HY-2026-0001").orElseThrow().status()).isEqualTo(MeetingStatus.CLOSED);
    assertThat(resolutions.findAll()).allMatch(r -> r.status() == ResolutionStatus.DONE);
  }

  private void confirm(String attendee) {
    try (TasklistUser user = new TasklistUser(port, attendee)) {
      long before = open("确认会议纪要");
      user.openTask("我的待办", "确认会议纪要");
      user.pick("确认结果", "确认无误");
      user.submit("完成");
      user.waitUntil(() -> open("确认会议纪要") == before - 1);
    }
  }

  private void report(String owner, String result) {
    try (TasklistUser user = new TasklistUser(port, owner)) {
      long before = open("运营部检查决议");
      user.openTask("我的待办", "执行决议");
      user.pick("汇报类型", "已完成，提交运营部检查");
      user.type("进展或结果", result);
      user.submit("完成");
      user.waitUntil(() -> open("运营部检查决议") == before + 1);
    }
  }
}

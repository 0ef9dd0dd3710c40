package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingFixtures.*;
import static com.opsflow.meeting.MeetingProcess.Variables.*;
import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;
import com.opsflow.support.RestClient.Json;

/**
 * A department meeting over the REST API, as Tasklist calls it, by the demo users of {@link MeetingFixtures}; who reads
 * the minutes (attendees, 责任人, 运营部, 管理层 — everyone else gets 404), the 决议台账 (运营部 and 管理层 all of it,
 * anyone else their own items), who extends a date (运营部 only), and bad input answered 400 in Chinese.
 */
class MeetingRestTest extends EngineTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  Resolutions resolutions;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  String taskOf(String user, String number, String taskKey) {
    List<Map<String, Object>> tasks = as(user).list("/task?assignee=" + user + "&taskDefinitionKey=" + taskKey).getBody();
    assertThat(tasks).as(user + "'s " + taskKey).isNotEmpty();
    return (String) tasks.get(0).get("id");
  }

  ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) {
    return as(user).postForText("/task/" + taskId + "/submit-form", variables(values));
  }

  Map<String, Object> preparation() {
    Map<String, Object> form = new HashMap<>(MeetingFixtures.preparation());
    form.put(AGENDA, new Json("[{\"item\":\"回顾十一月活动效果\"}]"));
    form.put(ATTENDEE_GROUPS, new Json("[\"mkt\"]"));
    form.put(ATTENDEE_PEOPLE, new Json("[\"fengtao\"]"));
    return form;
  }

  /** 李娜 calls and prepares the meeting; 王芳 writes minutes with one item for 张伟; 李娜, 张伟 and 冯涛 confirm; published. */
  String meetingPublished() {
    ResponseEntity<Map<String, Object>> started = as(LINA).post("/process-definition/key/meeting/submit-form",
        variables(Map.of(KIND, "DEPARTMENT", TOPIC, "十二月市场活动安排")));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String number = (String) started.getBody().get("businessKey");
    assertThat(submit(LINA, taskOf(LINA, number, MeetingProcess.Elements.PREPARE_MEETING), preparation()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    submit(WANGFANG, taskOf(WANGFANG, number, MeetingProcess.Elements.WRITE_MINUTES), Map.of(MINUTES_CONTENT, "确定十二月以线上促销为主。",
        DECISIONS, new Json("[{\"subject\":\"制定十二月线上促销方案\",\"owner\":\"zhangwei\",\"due\":\"2026-11-30\"}]")));
    for (String attendee : List.of(LINA, ZHANGWEI, "fengtao")) {
      assertThat(submit(attendee, taskOf(attendee, number, MeetingProcess.Elements.CONFIRM_MINUTES), Map.of(MINUTES_ANSWER, "CONFIRM"))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    submit(LINA, taskOf(LINA, number, MeetingProcess.Elements.PUBLISH_MINUTES), Map.of());
    return number;
  }

  @Test
  void aMeetingRunsOverRestAndItsResolutionIsClosedByOperations() {
    String number = meetingPublished();
    String item = taskOf(ZHANGWEI, number, MeetingResolutionProcess.Elements.EXECUTE);
    submit(ZHANGWEI, item, Map.of(MeetingResolutionProcess.Variables.REPORT_KIND, "DONE",
        MeetingResolutionProcess.Variables.REPORT, "方案已定稿。"));
    List<Map<String, Object>> checks = as(WULEI).list("/task?candidateGroup=ops&taskDefinitionKey=Task_CheckResolution").getBody();
    assertThat(checks).hasSize(1);
    assertThat(submit(WULEI, (String) checks.get(0).get("id"), Map.of("decision", "APPROVE")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Map<String, Object> meeting = as(WULEI).api("/meetings/" + number).getBody();
    assertThat(meeting).containsEntry("status", "已结束").containsEntry("kind", "部门会议");
    assertThat(attendees(meeting)).contains("李娜", "王芳", "张伟", "冯涛");
    assertThat(as(WULEI).listApi("/resolutions")).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("number", number + "-1").containsEntry("status", "已完成").containsEntry("owner", "张伟");
      assertThat(row).containsEntry("department", "市场部").containsEntry("closedLate", false);
    });
  }

  @SuppressWarnings("unchecked")
  static List<String> attendees(Map<String, Object> meeting) {
    return (List<String>) meeting.get("attendees");
  }

  @Test
  void onlyAttendeesOwnersOperationsAndManagementReadAMeeting() {
    String number = meetingPublished();
    for (String reader : List.of(LINA, WANGFANG, ZHANGWEI, "fengtao", WULEI, "yangjianguo")) {
      assertThat(as(reader).api("/meetings/" + number).getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
    }
    for (String outsider : List.of("qianjun", "zhaoqiang", "kongming")) {
      assertThat(as(outsider).api("/meetings/" + number).getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(as(outsider).page("/meetings/" + number).getBody()).as(outsider).contains("会议不存在").doesNotContain("十二月");
      assertThat(http.withBasicAuth(outsider, "demo").getForEntity("/api/meetings/" + number + "/invite.ics", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(http.withBasicAuth(ZHANGWEI, "demo").getForEntity("/api/meetings/" + number + "/invite.ics", String.class).getBody())
        .startsWith("BEGIN:VCALENDAR").contains("METHOD:REQUEST", "UID:" + number + "@opsflow");
    assertThat(new RestClient(http, null, null).api("/meetings/" + number).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("qianjun").apiPost("/meetings/" + number + "/cancel", Map.of("reason", "x")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(ZHANGWEI).apiPost("/meetings/" + number + "/cancel", Map.of("reason", "x")).getBody())
        .containsEntry("message", "只有召集人可以取消会议。");
    assertThat(as(LINA).apiPost("/meetings/" + number + "/cancel", Map.of("reason", "x")).getBody())
        .containsEntry("message", "会议决议跟踪中，已不能取消。");
    assertThat(as("qianjun").listApi("/resolutions")).as("someone with no items sees none").isEmpty();
    assertThat(as(ZHANGWEI).listApi("/resolutions")).extracting(row -> row.get("owner")).containsExactly("张伟");
    assertThat(as("yangjianguo").page("/resolutions").getBody()).contains("决议台账", "制定十二月线上促销方案");
  }

  @Test
  void onlyOperationsExtendsADateAndBadExtensionsAreRefused() {
    String number = meetingPublished();
    String item = number + "-1";
    ResponseEntity<Map<String, Object>> refused = as(LINA).apiPost("/resolutions/" + item + "/extension",
        Map.of("due", "2026-12-10", "reason", "等待数据"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).containsEntry("message", "只有运营部可以延长决议的完成时间。");
    ResponseEntity<Map<String, Object>> bad = as(WULEI).apiPost("/resolutions/" + item + "/extension", Map.of("due", "明天"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) bad.getBody().get("message")).contains("新的完成时间“明天”不是有效日期", "请填写延期原因");
    assertThat(as(WULEI).apiPost("/resolutions/HY-2099-0001-1/extension", Map.of("due", "2026-12-10", "reason", "x"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(resolutions.findByNumber(item).orElseThrow().extensions()).isZero();

    ResponseEntity<Map<String, Object>> extended = as(WULEI).apiPost("/resolutions/" + item + "/extension",
        Map.of("due", "2026-12-10", "reason", "需等待销售部数据。"));
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(extended.getBody()).containsEntry("extensions", 1);
    assertThat(as(WULEI).listApi("/resolutions?overdue=true")).isEmpty();
    assertThat(as(WULEI).api("/resolutions?status=NOPE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void theOrganiserMovesACalledMeetingFromItsPage() {
    ResponseEntity<Map<String, Object>> started = as(LINA).post("/process-definition/key/meeting/submit-form",
        variables(Map.of(KIND, "DEPARTMENT", TOPIC, "十二月市场活动安排")));
    String number = (String) started.getBody().get("businessKey");
    submit(LINA, taskOf(LINA, number, MeetingProcess.Elements.PREPARE_MEETING), preparation());
    assertThat(as(LINA).page("/meetings/" + number).getBody()).contains("召集人操作", "改期", "取消会议");
    assertThat(as(ZHANGWEI).page("/meetings/" + number).getBody()).doesNotContain("召集人操作");

    ResponseEntity<Map<String, Object>> moved = as(LINA).apiPost("/meetings/" + number + "/reschedule", Map.of("meetingDate",
        "2026-11-25", "startTime", "14:00", "durationMinutes", 60, "meetingPlace", "线上：腾讯会议 123-456", "reason", "客户来访"));
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(moved.getBody()).containsEntry("place", "线上：腾讯会议 123-456").containsEntry("startsAt", "2026-11-25T06:00:00Z");
    assertThat(as(ZHANGWEI).apiPost("/meetings/" + number + "/reschedule", Map.of("reason", "x")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> bad = as(LINA).apiPost("/meetings/" + number + "/reschedule",
        Map.of("meetingDate", "明天", "startTime", "25:00", "durationMinutes", 5, "reason", "x"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) bad.getBody().get("message")).contains("会议日期“明天”不是有效日期", "开始时间“25:00”无效", "会议时长应为 15 到 480 分钟");
  }

  @Test
  void badInputIsAnsweredInChineseAndTheTaskStaysOpen() {
    ResponseEntity<Map<String, Object>> started = as(LINA).post("/process-definition/key/meeting/submit-form",
        variables(Map.of(KIND, "DEPARTMENT", TOPIC, "十二月市场活动安排")));
    String number = (String) started.getBody().get("businessKey");
    String prepare = taskOf(LINA, number, MeetingProcess.Elements.PREPARE_MEETING);
    Map<String, Object> bad = preparation();
    bad.put(DATE, "2026-11-01");
    bad.put(RECORDER, "nobody");
    ResponseEntity<String> refused = submit(LINA, prepare, bad);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("已经过去", "会议记录人“nobody”不在组织架构中").doesNotContain("at com.opsflow", "java.lang");
    assertThat(as(LINA).get("/task/" + prepare).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("qianjun").postForText("/task/" + prepare + "/submit-form", variables(preparation())).getStatusCode())
        .as("someone else's task").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST);
    assertThat(as(LINA).get("/task/" + prepare).getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}

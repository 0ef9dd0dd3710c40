package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingFixtures.*;
import static com.opsflow.meeting.MeetingProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Attendee;

import com.opsflow.approval.TrailEntry;
import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.meeting.MeetingProcess.Elements;
import com.opsflow.meeting.MeetingResolutionProcess.Variables;
import com.opsflow.operations.Dashboard;
import com.opsflow.operations.OperationsDashboard;
import com.opsflow.support.EngineTest;

/**
 * Every path of meeting.bpmn, meeting-resolution.bpmn and weekly-company-meeting.bpmn (OM-8.2–8.4) as the demo
 * users of {@link MeetingFixtures}: minutes confirmed the first time and after an objection, an item done on time, one
 * returned by 运营部, one overdue and escalated to its 责任人's head, one extended; the weekly timer; the refusals.
 */
class MeetingProcessTest extends EngineTest {

  @Autowired
  Meetings meetings;
  @Autowired
  Resolutions resolutions;
  @Autowired
  MeetingBook book;
  @Autowired
  ResolutionExtensions extensions;
  @Autowired
  OperationsDashboard dashboard;
  @Autowired
  MeetingCancellations cancellations;
  @Autowired
  MeetingReschedules reschedules;

  MeetingFixtures m;

  @BeforeEach
  void fixtures() {
    m = new MeetingFixtures(engine, acting);
  }

  Meeting meetingOf(ProcessInstance instance) {
    return meetings.findByNumber(instance.getBusinessKey()).orElseThrow();
  }

  List<String> recipients(String eventKeyPrefix) {
    return jdbc.queryForList("select recipient from notification where event_key like ? order by recipient", String.class,
        eventKeyPrefix + "%");
  }

  Task resolutionTask(String owner) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(MeetingResolutionProcess.KEY).taskAssignee(owner)
        .singleResult();
  }

  void report(String owner, String kind, String text) {
    m.submit(owner, resolutionTask(owner), Map.of(Variables.REPORT_KIND, kind, Variables.REPORT, text));
  }

  Task check(String resolutionNumber) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(resolutionNumber)
        .taskDefinitionKey(MeetingResolutionProcess.Elements.CHECK).singleResult();
  }

  /** A meeting whose minutes with two items were confirmed at once and published. */
  ProcessInstance publishedWithTwoItems() {
    ProcessInstance instance = m.preparedMeeting();
    m.submit(WANGFANG, m.only(instance, Elements.WRITE_MINUTES), minutes(
        decision("制定十二月线上促销方案", ZHANGWEI, "2026-11-30"), decision("整理十一月活动数据", WANGFANG, "2026-12-04")));
    m.confirm(LINA);
    m.confirm(ZHANGWEI);
    m.submit(LINA, m.only(instance, Elements.PUBLISH_MINUTES), Map.of());
    return instance;
  }

  @Test
  void aDepartmentMeetingIsCalledConfirmedPublishedAndClosedWhenEveryItemIsDone() {
    ProcessInstance instance = m.call(LINA, "DEPARTMENT", "十二月市场活动安排");
    assertThat(instance.getBusinessKey()).isEqualTo("HY-2026-0001");
    Task prepare = m.only(instance, Elements.PREPARE_MEETING);
    assertThat(prepare.getAssignee()).isEqualTo(LINA);
    m.submit(LINA, prepare, preparation());

    Meeting meeting = meetingOf(instance);
    assertThat(meeting.attendees()).containsExactlyInAnyOrder(LINA, WANGFANG, ZHANGWEI);
    assertThat(meeting.department()).isEqualTo("mkt");
    assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2026-11-24T01:30:00Z"));
    assertThat(recipients("meeting-invitation:HY-2026-0001")).containsExactly(LINA, WANGFANG, ZHANGWEI);
    assertThat(m.only(instance, Elements.WRITE_MINUTES).getAssignee()).isEqualTo(WANGFANG);

    m.submit(WANGFANG, m.only(instance, Elements.WRITE_MINUTES), minutes(
        decision("制定十二月线上促销方案", ZHANGWEI, "2026-11-30"), decision("整理十一月活动数据", WANGFANG, "2026-12-04")));
    assertThat(m.all(Elements.CONFIRM_MINUTES)).extracting(Task::getAssignee).containsExactly(LINA, ZHANGWEI);
    m.confirm(ZHANGWEI);
    m.confirm(LINA);
    assertThat(meetingOf(instance).status()).isEqualTo(MeetingStatus.MINUTES_CONFIRMED);
    m.submit(LINA, m.only(instance, Elements.PUBLISH_MINUTES), Map.of());

    assertThat(recipients("meeting-minutes:HY-2026-0001")).containsExactly(LINA, WANGFANG, ZHANGWEI);
    List<Resolution> items = resolutions.findByMeetingIdOrderByItemOrder(meeting.id());
    assertThat(items).extracting(Resolution::number).containsExactly("HY-2026-0001-1", "HY-2026-0001-2");
    assertThat(items).extracting(Resolution::ownerDepartmentName).containsOnly("市场部");
    Task first = resolutionTask(ZHANGWEI);
    assertThat(first.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z")); // 18:00 in Shanghai
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("HY-2026-0001-1").count()).isOne();

    report(ZHANGWEI, "PROGRESS", "方案初稿已完成，正在征求销售部意见。");
    assertThat(resolutionTask(ZHANGWEI)).as("a progress report keeps the item with its 责任人").isNotNull();
    assertThat(engine.getTaskService().getVariable(resolutionTask(ZHANGWEI).getId(), Variables.LAST_PROGRESS))
        .isEqualTo("方案初稿已完成，正在征求销售部意见。");
    report(ZHANGWEI, "DONE", "十二月线上促销方案已定稿并发布。");
    Task checkFirst = check("HY-2026-0001-1");
    assertThat(engine.getTaskService().getIdentityLinksForTask(checkFirst.getId())).extracting(IdentityLink::getGroupId).contains("ops");
    m.submit(WULEI, checkFirst, Map.of("decision", "APPROVE"));
    assertThat(instance).isActive();

    report(WANGFANG, "DONE", "活动数据已整理归档。");
    m.submit(WULEI, check("HY-2026-0001-2"), Map.of("decision", "APPROVE"));

    assertThat(instance).isEnded();
    Meeting closed = meetingOf(instance);
    assertThat(closed.status()).isEqualTo(MeetingStatus.CLOSED);
    assertThat(resolutions.findByMeetingIdOrderByItemOrder(meeting.id())).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(ResolutionStatus.DONE);
      assertThat(r.closedLate()).isFalse();
    });
    assertThat(closed.trail()).extracting(TrailEntry::action).containsExactly("发出会议通知", "提交纪要", "第 1 版全体确认",
        "发布纪要", "全部决议已完成");
    assertThat(dashboard.of(2026, null).resolutions()).as("运营看板").containsExactly(
        new Dashboard.ResolutionDepartment("市场部", 2, 2, 100.0, 0, 0));
  }

  @Test
  void anObjectionSendsTheMinutesBackAndTheNextVersionGoesToEveryoneAgain() {
    ProcessInstance instance = m.preparedMeeting();
    m.submit(WANGFANG, m.only(instance, Elements.WRITE_MINUTES), minutes(decision("制定促销方案", ZHANGWEI, "2026-11-30")));
    m.object(ZHANGWEI, "促销方案应由销售部共同制定，请补充。");
    m.confirm(LINA);

    Task rewrite = m.only(instance, Elements.WRITE_MINUTES);
    assertThat(rewrite.getAssignee()).isEqualTo(WANGFANG);
    assertThat(engine.getTaskService().getVariable(rewrite.getId(), OBJECTIONS_VIEW).toString())
        .contains("张伟", "促销方案应由销售部共同制定，请补充。");
    assertThat(meetingOf(instance).status()).isEqualTo(MeetingStatus.MINUTES_RETURNED);
    assertThat(engine.getTaskService().getVariable(rewrite.getId(), MINUTES_ANSWER)).as("one attendee's answer is not the next one's").isNull();

    m.submit(WANGFANG, rewrite, minutes(decision("会同销售部制定促销方案", ZHANGWEI, "2026-11-30")));
    assertThat(m.all(Elements.CONFIRM_MINUTES)).extracting(Task::getAssignee).containsExactly(LINA, ZHANGWEI);
    m.confirm(ZHANGWEI);
    m.confirm(LINA);
    assertThat(m.only(instance, Elements.PUBLISH_MINUTES)).isNotNull();

    List<MeetingMinutes> versions = book.versions(meetingOf(instance).id());
    assertThat(versions).extracting(MeetingMinutes::version).containsExactly(1, 2);
    assertThat(versions.get(0).status()).isEqualTo(MinutesStatus.OBJECTED);
    assertThat(versions.get(0).decisions()).extracting(DecisionItem::subject).containsExactly("制定促销方案");
    assertThat(versions.get(0).answers()).filteredOn(a -> !a.agreed()).extracting(MinutesAnswer::comment)
        .containsExactly("促销方案应由销售部共同制定，请补充。");
    assertThat(versions.get(1).status()).isEqualTo(MinutesStatus.CONFIRMED);
    assertThat(versions.get(1).answers()).allMatch(MinutesAnswer::agreed);
  }

  @Test
  void aResolutionReturnedByOperationsGoesBackToItsOwnerWithTheReason() {
    publishedWithTwoItems();
    report(ZHANGWEI, "DONE", "方案已完成。");
    m.submit(WULEI, check("HY-2026-0001-1"), Map.of("decision", "RETURN", "decisionComment", "请附上预算明细。"));

    Task again = resolutionTask(ZHANGWEI);
    assertThat(engine.getTaskService().getVariable(again.getId(), "lastReturnComment")).isEqualTo("请附上预算明细。");
    assertThat(resolutions.findByNumber("HY-2026-0001-1").orElseThrow().status()).isEqualTo(ResolutionStatus.RETURNED);
    assertThat(recipients("decision:")).as("the 责任人 hears of the return").contains(ZHANGWEI);
    report(ZHANGWEI, "DONE", "方案与预算明细已完成。");
    m.submit(WULEI, check("HY-2026-0001-1"), Map.of("decision", "APPROVE"));
    assertThat(resolutions.findByNumber("HY-2026-0001-1").orElseThrow().trail()).extracting(TrailEntry::action)
        .containsExactly("决议转入跟踪", "提交", "退回修改", "修改后重新提交", "同意");
  }

  @Test
  void anOverdueResolutionIsRemindedThenEscalatedToItsOwnersHead() {
    publishedWithTwoItems();
    Task item = resolutionTask(ZHANGWEI); // due 2026-11-30 18:00 Shanghai
    patrolAt(Instant.parse("2026-11-29T12:00:00Z"));
    assertThat(recipients("deadline-reminder:" + item.getId())).containsExactly(ZHANGWEI);
    patrolAt(Instant.parse("2026-11-30T11:00:00Z"));

    assertThat(engine.getTaskService().getIdentityLinksForTask(item.getId())).extracting(IdentityLink::getGroupId).contains("mktHead");
    assertThat(recipients("escalation:" + item.getId())).containsExactly(LINA);
    assertThat(engine.getTaskService().createTaskQuery().taskId(item.getId()).dueBefore(ClockUtil.getCurrentTime()).count()).isOne();
    assertThat(dashboard.of(2026, "mkt").resolutions()).containsExactly(new Dashboard.ResolutionDepartment("市场部", 0, 0, null, 2, 1));
    report(ZHANGWEI, "DONE", "方案已完成。");
    assertThat(resolutions.findByNumber("HY-2026-0001-1").orElseThrow().closedLate()).isTrue();
    m.submit(WULEI, check("HY-2026-0001-1"), Map.of("decision", "APPROVE"));
    assertThat(dashboard.of(2026, "mkt").resolutions()).containsExactly(new Dashboard.ResolutionDepartment("市场部", 1, 0, 0.0, 1, 0));
  }

  @Test
  void operationsExtendsAResolutionWithAReasonAndTheTaskFollows() {
    publishedWithTwoItems();
    Resolution extended = acting.as(WULEI, () -> extensions.extend("HY-2026-0001-1", "2026-12-10", "需等待销售部数据。", WULEI));

    assertThat(extended.dueAt()).isEqualTo(Instant.parse("2026-12-10T10:00:00Z"));
    assertThat(extended.extensions()).isOne();
    assertThat(resolutionTask(ZHANGWEI).getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-10T10:00:00Z"));
    assertThat(extended.trail()).extracting(TrailEntry::action).contains("延期至 2026-12-10 18:00");
    assertThat(recipients("resolution-extended:HY-2026-0001-1")).containsExactly(ZHANGWEI);
    assertThatThrownBy(() -> extensions.extend("HY-2026-0001-1", "2026-12-01", "再改", WULEI))
        .hasMessageContaining("新的完成时间应晚于原定的 2026-12-10 18:00");
    assertThatThrownBy(() -> extensions.extend("HY-2026-0001-1", "2026-12-20", " ", WULEI)).hasMessageContaining("请填写延期原因");
  }

  @Test
  void theOrganiserCallsOffAMeetingAndTheAttendeesCalendarsDropIt() {
    ProcessInstance instance = m.preparedMeeting();
    assertThatThrownBy(() -> cancellations.cancel(meetingOf(instance), "改期", ZHANGWEI)).hasMessageContaining("只有召集人可以取消会议");
    assertThatThrownBy(() -> cancellations.cancel(meetingOf(instance), " ", LINA)).hasMessageContaining("请填写取消原因");
    acting.as(LINA, () -> cancellations.cancel(meetingOf(instance), "客户来访，改期另行通知。", LINA));

    assertThat(instance).isEnded();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(Elements.END_CANCELLED).count()).isOne();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(Elements.WRITE_MINUTES).count()).as("the recorder's task went with it").isOne();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    Meeting cancelled = meetingOf(instance);
    assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
    assertThat(cancelled.trail()).extracting(TrailEntry::comment).contains("客户来访，改期另行通知。");
    assertThat(recipients("meeting-cancelled:HY-2026-0001")).containsExactly(LINA, WANGFANG, ZHANGWEI);
    ICalendar calendar = Biweekly.parse(jdbc.queryForObject(
        "select calendar from notification where event_key like 'meeting-cancelled:%' and recipient = ?", String.class, ZHANGWEI)).first();
    assertThat(calendar.getMethod().getValue()).isEqualTo("CANCEL");
    assertThat(calendar.getEvents().get(0).getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(calendar.getEvents().get(0).getSequence().getValue()).isEqualTo(2);
    assertThat(calendar.getEvents().get(0).getUid().getValue()).isEqualTo("HY-2026-0001@opsflow");
  }

  @Test
  void theOrganiserMovesAMeetingAndTheNewInvitationReplacesTheOld() {
    ProcessInstance instance = m.preparedMeeting();
    Map<String, Object> moved = Map.of(DATE, "2026-11-25", START_TIME, "14:00", DURATION_MINUTES, 90, "reason", "客户来访，改到周三下午。");
    assertThatThrownBy(() -> reschedules.reschedule(meetingOf(instance), moved, ZHANGWEI)).hasMessageContaining("只有召集人可以为会议改期");
    assertThatThrownBy(() -> reschedules.reschedule(meetingOf(instance), Map.of(DATE, "2026-11-20", START_TIME, "14:00",
        DURATION_MINUTES, 90, "reason", "改期"), LINA)).hasMessageContaining("会议时间 2026-11-20 14:00 已经过去");
    Meeting rescheduled = reschedules.reschedule(meetingOf(instance), moved, LINA);

    assertThat(rescheduled.startsAt()).isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
    assertThat(rescheduled.endsAt()).isEqualTo(Instant.parse("2026-11-25T07:30:00Z"));
    assertThat(rescheduled.place()).as("kept when not given").isEqualTo("三楼第一会议室");
    assertThat(rescheduled.trail()).extracting(TrailEntry::action).contains("改期至 2026-11-25 14:00，三楼第一会议室");
    assertThat(recipients("meeting-rescheduled:HY-2026-0001:2")).containsExactly(LINA, WANGFANG, ZHANGWEI);
    VEvent event = Biweekly.parse(jdbc.queryForObject(
        "select calendar from notification where event_key like 'meeting-rescheduled:%' and recipient = ?", String.class, ZHANGWEI))
        .first().getEvents().get(0);
    assertThat(event.getUid().getValue()).isEqualTo("HY-2026-0001@opsflow");
    assertThat(event.getSequence().getValue()).isEqualTo(2);
    assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
    assertThat(m.only(instance, Elements.WRITE_MINUTES)).as("the meeting goes on").isNotNull();
  }

  @Test
  void aMeetingWhoseMinutesAreWrittenCannotBeCalledOff() {
    ProcessInstance instance = m.preparedMeeting();
    m.submit(WANGFANG, m.only(instance, Elements.WRITE_MINUTES), minutes());
    assertThatThrownBy(() -> cancellations.cancel(meetingOf(instance), "改期", LINA)).hasMessageContaining("会议纪要确认中，已不能取消");
    assertThatThrownBy(() -> reschedules.reschedule(meetingOf(instance), Map.of("reason", "x"), LINA))
        .hasMessageContaining("会议纪要确认中，已不能改期");
    assertThat(instance).isActive();
  }

  @Test
  void aMeetingWithoutDecisionsEndsWhenItsMinutesArePublished() {
    ProcessInstance instance = m.preparedMeeting();
    m.submit(WANGFANG, m.only(instance, Elements.WRITE_MINUTES), minutes());
    m.confirm(LINA);
    m.confirm(ZHANGWEI);
    m.submit(LINA, m.only(instance, Elements.PUBLISH_MINUTES), Map.of());
    assertThat(instance).isEnded();
    assertThat(meetingOf(instance).status()).isEqualTo(MeetingStatus.CLOSED);
  }

  @Test
  void theWeeklyTimerOpensManagementsTaskToPrepareTheCompanyMeeting() {
    var timer = engine.getManagementService().createJobQuery().processDefinitionKey(WeeklyCompanyMeetingProcess.KEY).singleResult();
    // opsflow.meeting.weekly-cycle: Mondays at 09:00 (the cron is read in the server's zone)
    assertThat(timer.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()))
        .satisfies(due -> assertThat(due.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY))
        .satisfies(due -> assertThat(due.getHour()).isEqualTo(9));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T01:00:00Z")));
    engine.getManagementService().executeJob(timer.getId());
    var call = engine.getManagementService().createJobQuery().processDefinitionKey(WeeklyCompanyMeetingProcess.KEY).messages()
        .singleResult();
    engine.getManagementService().executeJob(call.getId());

    Task prepare = m.all(Elements.PREPARE_MEETING).get(0);
    assertThat(prepare.getAssignee()).isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(prepare.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("management");
    assertThat(engine.getTaskService().getVariable(prepare.getId(), TOPIC)).isEqualTo("公司例会（2026-11-23）");
    Map<String, Object> form = new HashMap<>(preparation());
    form.put(KIND, "COMPANY");
    form.put(TOPIC, "公司例会（2026-11-23）");
    form.put(DATE, "2026-11-23");
    form.put(START_TIME, "10:00");
    form.put(ATTENDEE_GROUPS, engine.getTaskService().getVariable(prepare.getId(), ATTENDEE_GROUPS));
    form.put(RECORDER, "xulan");
    m.submit("yangjianguo", prepare, form);

    ProcessInstance meeting = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MeetingProcess.KEY)
        .singleResult();
    Meeting company = meetingOf(meeting);
    assertThat(company.organiser()).isEqualTo("yangjianguo");
    assertThat(company.attendees()).contains("yangjianguo", "xulan", "zhoumin", "lina", "zhaoqiang", "qianjun", "zhenghong")
        .doesNotContain(ZHANGWEI, WANGFANG);
  }

  @Test
  void theInvitationIsAnICalendarRequestInShanghaiTimeWithEveryAttendee() {
    m.preparedMeeting();
    String ics = jdbc.queryForObject("select calendar from notification where event_key like 'meeting-invitation:%' and recipient = ?",
        String.class, ZHANGWEI);
    ICalendar calendar = Biweekly.parse(ics).first();
    assertThat(calendar.getMethod().getValue()).isEqualTo("REQUEST");
    VEvent event = calendar.getEvents().get(0);
    assertThat(event.getSummary().getValue()).isEqualTo("部门会议：十二月市场活动安排");
    assertThat(event.getLocation().getValue()).isEqualTo("三楼第一会议室");
    assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-24T01:30:00Z"));
    assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-24T02:30:00Z"));
    assertThat(calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getTimeZone().getID()).isEqualTo("Asia/Shanghai");
    assertThat(ics).contains("DTSTART;TZID=Asia/Shanghai:20261124T093000", "BEGIN:VTIMEZONE", "TZOFFSETTO:+0800");
    assertThat(event.getOrganizer().getCommonName()).isEqualTo("李娜");
    assertThat(event.getAttendees()).extracting(Attendee::getCommonName).containsExactlyInAnyOrder("李娜", "王芳", "张伟");
    assertThat(event.getAttendees()).filteredOn(a -> "张伟".equals(a.getCommonName())).singleElement()
        .satisfies(a -> assertThat(a.getRsvp()).isTrue());
    assertThat(event.getUid().getValue()).isEqualTo("HY-2026-0001@opsflow");
    assertThat(event.getDescription().getValue()).contains("1. 回顾十一月活动效果", "2. 确定十二月促销方案");
  }

  @Test
  void badPreparationIsRefusedInChineseAndTheTaskStaysOpen() {
    ProcessInstance instance = m.call(LINA, "DEPARTMENT", "十二月市场活动安排");
    Task prepare = m.only(instance, Elements.PREPARE_MEETING);
    Map<String, Object> past = new HashMap<>(preparation());
    past.put(DATE, "2026-11-20");
    past.put(ATTENDEE_PEOPLE, FormValues.json(List.of("nobody", "callcenter")));
    past.put(AGENDA, FormValues.json(List.of()));
    assertThatThrownBy(() -> m.submit(LINA, prepare, past)).isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("会议时间 2026-11-20 09:30 已经过去").hasMessageContaining("参会人员“nobody”不在组织架构中")
        .hasMessageContaining("参会人员“callcenter”不在组织架构中")
        .hasMessageContaining("请至少填写一项议程");
    Map<String, Object> company = new HashMap<>(preparation());
    company.put(KIND, "COMPANY");
    assertThatThrownBy(() -> m.submit(LINA, prepare, company)).hasMessageContaining("公司例会由管理层召集");
    assertThat(m.only(instance, Elements.PREPARE_MEETING)).isNotNull();
    assertThat(meetingOf(instance).status()).isEqualTo(MeetingStatus.PREPARING);
    assertThat(recipients("meeting-invitation:")).isEmpty();
    assertThatThrownBy(() -> m.call(LINA, "PROJECT", "项目协调")).hasMessageContaining("您目前不是任何执行中协作项目的负责人");
  }

  @Test
  void badMinutesAndAnswersAreRefusedAndNothingIsSaved() {
    ProcessInstance instance = m.preparedMeeting();
    Task write = m.only(instance, Elements.WRITE_MINUTES);
    assertThatThrownBy(() -> m.submit(WANGFANG, write, minutes(decision("", ZHANGWEI, "2026-11-30"),
        decision("整理数据", "nobody", "2026-11-30"), decision("复盘", ZHANGWEI, "2026-11-01"))))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请填写第 1 项决策事项")
        .hasMessageContaining("第 2 项的责任人“nobody”不在组织架构中").hasMessageContaining("第 3 项的完成时间 2026-11-01 已经过去");
    assertThat(book.versions(meetingOf(instance).id())).isEmpty();

    m.submit(WANGFANG, write, minutes(decision("复盘", ZHANGWEI, "2026-11-30")));
    Task answer = m.taskOf(ZHANGWEI, Elements.CONFIRM_MINUTES);
    assertThatThrownBy(() -> m.submit(ZHANGWEI, answer, Map.of(MINUTES_ANSWER, "OBJECT"))).hasMessageContaining("请填写意见");
    assertThat(m.taskOf(ZHANGWEI, Elements.CONFIRM_MINUTES)).isNotNull();
  }

  @Test
  void nobodyChecksTheirOwnResolution() {
    ProcessInstance instance = m.preparedMeeting();
    m.submit(WANGFANG, m.only(instance, Elements.WRITE_MINUTES), minutes(decision("配合运营部整理数据", WULEI, "2026-11-30")));
    m.confirm(LINA);
    m.confirm(ZHANGWEI);
    m.submit(LINA, m.only(instance, Elements.PUBLISH_MINUTES), Map.of());
    report(WULEI, "DONE", "已整理。");
    Task check = check("HY-2026-0001-1");
    assertThatThrownBy(() -> m.submit(WULEI, check, Map.of("decision", "APPROVE"))).isInstanceOf(SubmissionRefused.class);
    m.submit(ZHOUMIN, check, Map.of("decision", "APPROVE"));
    assertThat(instance).isEnded();
  }

  void patrolAt(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
    var patrol = engine.getManagementService().createJobQuery().processDefinitionKey("task-deadline-patrol").singleResult();
    engine.getManagementService().executeJob(patrol.getId());
  }
}

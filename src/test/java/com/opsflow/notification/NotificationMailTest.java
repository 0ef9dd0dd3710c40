package com.opsflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import biweekly.Biweekly;
import biweekly.ICalendar;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.opsflow.meeting.MeetingFixtures;
import com.opsflow.plan.PlanFixtures;
import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/**
 * The e-mails people get, through a real SMTP server (GreenMail): a new task, a decision, a CC — in
 * Chinese, with a working link — each sent once; a mail server that is down delays mails, never a process.
 */
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=" + NotificationMailTest.SMTP_PORT,
    "opsflow.base-url=https://opsflow.example.com",
    // a context of its own on the shared test database: its engine must not take the name the REST API
    // of the other tests' context resolves, so this test drives the engine directly
    "camunda.bpm.process-engine-name=mailTest"})
class NotificationMailTest extends EngineTest {

  static final int SMTP_PORT = 3925;

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

  @Autowired
  TestRestTemplate http;
  @Autowired
  Notifications outbox;
  @Autowired
  Notifier notifier;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  TransactionTemplate transaction;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  String submitPlan() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    return acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, PlanFixtures.annualPlan(2027))).getId();
  }

  List<MimeMessage> mailsTo(String address, int expectedAtLeast) {
    smtp.waitForIncomingEmail(60_000, expectedAtLeast);
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().equals(address);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void theHeadGetsOneChineseMailWithALinkToTheNewTaskAndTheDrafterOneForTheDecision() throws Exception {
    String instanceId = submitPlan();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getId();

    List<MimeMessage> toHead = mailsTo("lina@opsflow.example.com", 1);
    assertThat(toHead).hasSize(1);
    assertThat(toHead.get(0).getSubject()).isEqualTo("【新待办】部门负责人审核 - 运营计划审批（PLAN-2027-MKT-A）");
    String body = GreenMailUtil.getBody(toHead.get(0));
    assertThat(toHead.get(0).getContentType()).contains("UTF-8");
    String text = (String) toHead.get(0).getContent();
    assertThat(text).startsWith("李娜，您好：").contains("办理期限：2026-11-23 10:00")
        .contains("https://opsflow.example.com/camunda/app/tasklist/default/#/?task=" + task);
    assertThat(body).isNotBlank();

    acting.as("lina", () -> engine.getFormService().submitTaskForm(task,
        Map.of("decision", "RETURN", "decisionComment", "请补充<b>预算</b>明细")));

    List<MimeMessage> toDrafter = mailsTo("wangfang@opsflow.example.com", 3);
    assertThat(toDrafter).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
        "【退回修改】运营计划审批（PLAN-2027-MKT-A） - 部门负责人审核",
        "【新待办】修改运营计划 - 运营计划审批（PLAN-2027-MKT-A）");
    String decision = (String) toDrafter.stream().filter(m -> subject(m).startsWith("【退回修改】")).findFirst().orElseThrow().getContent();
    assertThat(decision).contains("由李娜审批：退回修改", "审批意见：请补充<b>预算</b>明细",
        "https://opsflow.example.com/api/applications/" + instanceId);
    // the batch is marked sent right after the SMTP server took it
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
        .until(() -> outbox.findAll().stream().allMatch(mail -> mail.sentAt() != null));
    assertThat(outbox.findAll()).allMatch(mail -> mail.attempts() == 1, "sent at the first attempt");
  }

  @Test
  void aMeetingNoticeCarriesAnInvitationTheAttendeesCalendarAdds() throws Exception {
    new MeetingFixtures(engine, acting).preparedMeeting();

    List<MimeMessage> toAttendee = mailsTo("zhangwei@opsflow.example.com", 5);
    assertThat(toAttendee).hasSize(1);
    MimeMessage notice = toAttendee.get(0);
    assertThat(notice.getSubject()).isEqualTo("【会议通知】部门会议：十二月市场活动安排（2026-11-24 09:30–10:30）");
    MimeMultipart parts = (MimeMultipart) notice.getContent();
    assertThat((String) parts.getBodyPart(0).getContent()).startsWith("张伟，您好：").contains("地点：三楼第一会议室",
        "召集人：李娜", "记录人：王芳", "1. 回顾十一月活动效果", "https://opsflow.example.com/api/meetings/HY-2026-0001");
    BodyPart invitation = parts.getBodyPart(1);
    assertThat(invitation.getFileName()).isEqualTo("invite.ics");
    assertThat(invitation.getContentType()).contains("text/calendar", "method=REQUEST");
    ICalendar calendar = Biweekly.parse(invitation.getInputStream()).first();
    assertThat(calendar.getEvents().get(0).getSummary().getValue()).isEqualTo("部门会议：十二月市场活动安排");
    assertThat(calendar.getEvents().get(0).getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-24T01:30:00Z"));
  }

  @Test
  void copiedColleaguesAreToldOnceEvenIfCopiedInAgain() throws Exception {
    String instanceId = submitPlan();
    as("wangfang").apiPost("/applications/" + instanceId + "/cc", Map.of("recipients", List.of("hejing")));
    as("wangfang").apiPost("/applications/" + instanceId + "/cc", Map.of("recipients", List.of("hejing")));

    List<MimeMessage> toColleague = mailsTo("hejing@opsflow.example.com", 2);
    assertThat(toColleague).extracting(MimeMessage::getSubject)
        .containsExactly("【抄送】运营计划审批（PLAN-2027-MKT-A）（王芳抄送给您）");
    assertThat((String) toColleague.get(0).getContent()).contains("https://opsflow.example.com/api/applications/" + instanceId);
  }

  @Test
  void aRolledBackTransactionSendsNothingAndARepeatedEventSendsOnce() {
    try {
      transaction.executeWithoutResult(status -> {
        notifier.send("test-event:1", List.of("lina"), "测试", "正文");
        throw new IllegalStateException("the job failed after queuing the mail");
      });
    } catch (IllegalStateException expected) {
      // the engine retries the job later
    }
    transaction.executeWithoutResult(status -> notifier.send("test-event:1", List.of("lina"), "测试", "正文"));
    transaction.executeWithoutResult(status -> notifier.send("test-event:1", List.of("lina"), "测试", "正文"));

    assertThat(mailsTo("lina@opsflow.example.com", 1)).extracting(MimeMessage::getSubject).containsExactly("测试");
    assertThat(outbox.findByEventKeyStartingWithOrderById("test-event:1")).hasSize(1);
  }

  @Test
  void whileTheMailServerIsDownTheProcessGoesOnAndTheMailFollowsWhenItIsBack() {
    smtp.stop();
    String instanceId = submitPlan();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).count()).isEqualTo(1);
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
        outbox.findByRecipientOrderById("lina").stream().anyMatch(mail -> mail.attempts() == 1 && mail.lastError() != null));

    smtp.start();
    dispatcher.dispatchPending();

    assertThat(mailsTo("lina@opsflow.example.com", 1)).hasSize(1);
    assertThat(outbox.findByRecipientOrderById("lina")).singleElement()
        .satisfies(mail -> assertThat(mail.sentAt()).isNotNull()).satisfies(mail -> assertThat(mail.attempts()).isEqualTo(2));
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

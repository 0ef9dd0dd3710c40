package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionProgrammeProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import com.opsflow.approval.TrailEntry;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.notification.Notification;
import com.opsflow.notification.Notifications;
import com.opsflow.support.EngineTest;

/**
 * Every path of supervision-programme.bpmn (督导工作计划, SV-2.1.1) and the programme's way into supervision-audit.bpmn:
 * 孔明 (kongming) plans December's audits of 客服部 and 市场部; 管理层 (杨建国) returns once and approves; each department
 * is told a week before (mail, 确认督导日期 in 部门待办); 郑红 (客服部's head) confirms, 李娜 (市场部's head) proposes another
 * day which 曹云 takes or keeps; a department that does not answer is audited on the planned day; each audit starts
 * without an approval of its own and waits for its on-site day. The company clock stands at 2026-11-21.
 */
class SupervisionProgrammeProcessTest extends EngineTest {

  static final String SUPERVISOR = "kongming";
  static final String OTHER_SUPERVISOR = "caoyun";
  static final String MANAGEMENT = "yangjianguo";
  static final String CS_HEAD = "zhenghong";
  static final String MKT_HEAD = "lina";

  @Autowired
  SupervisionProgrammes programmes;
  @Autowired
  SupervisionAudits audits;
  @Autowired
  Notifications outbox;
  @Autowired
  TestRestTemplate http;

  ProcessInstance start(Map<String, Object> period) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(SupervisionProgrammeProcess.KEY).latestVersion().singleResult().getId();
    return acting.as(SUPERVISOR, () -> engine.getFormService().submitStartForm(definition, period));
  }

  static Map<String, Object> december() {
    return Map.of("programmePeriodType", "MONTHLY", "programmeYear", 2026, "programmeMonth", "12");
  }

  static String row(String department, String date, String focus, String supervisors) {
    return "{\"department\":\"%s\",\"onSiteDate\":\"%s\",\"focusAreas\":[%s],\"supervisors\":[%s]}"
        .formatted(department, date, focus, supervisors);
  }

  static VariableMap draft(String... rows) {
    return Variables.createVariables()
        .putValue("programmeTitle", "2026年12月运营督导")
        .putValue("programmeGoals", "检查年末服务质量和流程规范")
        .putValue("programmeMethods", "现场检查、抽查记录、员工访谈")
        .putValue("plannedAudits", SpinValues.jsonValue("[" + String.join(",", rows) + "]").create());
  }

  static VariableMap twoAudits() {
    return draft(row("cs", "2026-12-10", "\"SERVICE_QUALITY\"", "\"kongming\""),
        row("mkt", "2026-12-15", "\"PROCESS_COMPLIANCE\",\"EFFICIENCY\"", "\"kongming\",\"caoyun\""));
  }

  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void complete(String user, Task task, Map<String, Object> values) {
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), values));
  }

  Task taskFor(String user, String name) {
    return acting.as(user, () -> engine.getTaskService().createTaskQuery().taskCandidateUser(user).taskName(name)
        .singleResult());
  }

  ProcessInstance approvedProgramme() {
    ProcessInstance programme = start(december());
    complete(SUPERVISOR, task(programme), twoAudits());
    complete(MANAGEMENT, task(programme), Map.of("decision", "APPROVE"));
    return programme;
  }

  List<Job> jobs(ProcessInstance instance, String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activity)
        .orderByJobDuedate().asc().list();
  }

  void runAll(List<Job> jobs) {
    jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  ProcessInstance auditOf(String department) {
    SupervisionAudit audit = audits.findAll().stream().filter(a -> a.auditedDepartments().contains(department))
        .findFirst().orElseThrow();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(audit.processInstanceId())
        .singleResult();
  }

  @Test
  void aReturnedProgrammeIsApprovedItsDepartmentsAreToldAndEachAuditStartsOnTheDateSettled() {
    ProcessInstance programme = start(december());
    assertThat(programme).isWaitingAt(DRAFT).task().isAssignedTo(SUPERVISOR);
    assertThat(programme).variables().containsEntry("programmePeriodLabel", "2026年12月");
    complete(SUPERVISOR, task(programme), twoAudits());
    assertThat(programme.getProcessInstanceId()).isNotNull();
    assertThat(programme).isWaitingAt(APPROVE).task().hasCandidateGroup("management");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(programme.getId()).singleResult()
        .getBusinessKey()).isEqualTo("SP-2026-M12");

    complete(MANAGEMENT, task(programme), Map.of("decision", "RETURN", "decisionComment", "市场部的督导请加上工作效率"));
    assertThat(programme).isWaitingAt(DRAFT);
    complete(SUPERVISOR, task(programme), twoAudits());
    complete(MANAGEMENT, task(programme), Map.of("decision", "APPROVE"));

    SupervisionProgramme record = programmes.findByNumber("SP-2026-M12").orElseThrow();
    assertThat(record.status()).isEqualTo(ProgrammeStatus.IN_EFFECT);
    assertThat(record.trail()).extracting(TrailEntry::step, TrailEntry::action).startsWith(
        tuple("督导工作计划", "提交"), tuple("管理层审批督导工作计划", "退回修改"), tuple("督导工作计划", "修改后重新提交"),
        tuple("管理层审批督导工作计划", "同意"));
    List<Job> notices = jobs(programme, WAIT_FOR_NOTICE);
    assertThat(notices).extracting(Job::getDuedate).extracting(java.util.Date::toInstant).containsExactly(
        Instant.parse("2026-12-03T01:00:00Z"), Instant.parse("2026-12-08T01:00:00Z"));

    runAll(notices);
    assertThat(outbox.findByRecipientOrderById(CS_HEAD)).extracting(Notification::subject)
        .contains("【督导通知】2026-12-10 对客服部进行现场督导");
    assertThat(outbox.findByRecipientOrderById(MKT_HEAD)).extracting(Notification::subject)
        .contains("【督导通知】2026-12-15 对市场部进行现场督导");
    Task csConfirm = taskFor(CS_HEAD, "确认督导日期");
    assertThat(engine.getTaskService().getIdentityLinksForTask(csConfirm.getId())).extracting(IdentityLink::getGroupId)
        .contains("csHead");
    assertThat(taskFor("fengtao", "确认督导日期")).as("客服部's staff are told nothing to confirm").isNull();

    // 客服部 confirms: the audit starts (no approval of its own) and waits for 10 December
    complete(CS_HEAD, csConfirm, Map.of("dateAnswer", "CONFIRM"));
    runAll(jobs(programme, PREPARE_AUDIT));
    ProcessInstance csAudit = auditOf("cs");
    assertThat(csAudit).isWaitingAt(SupervisionAuditProcess.Elements.WAIT_FOR_ON_SITE_DATE)
        .hasNotPassed(SupervisionAuditProcess.Elements.APPROVE_PLAN, SupervisionAuditProcess.Elements.DRAFT_PLAN);
    SupervisionAudit csRecord = audits.findByProcessInstanceId(csAudit.getId()).orElseThrow();
    assertThat(csRecord.status()).isEqualTo(AuditStatus.SCHEDULED);
    assertThat(csRecord.programmeNumber()).isEqualTo("SP-2026-M12");
    assertThat(csRecord.onSiteDate()).hasToString("2026-12-10");
    assertThat(csRecord.title()).isEqualTo("2026年12月运营督导：客服部");
    assertThat(csRecord.supervisors()).containsExactly(SUPERVISOR);
    assertThat(csRecord.trail()).extracting(TrailEntry::action).contains("已随督导工作计划 SP-2026-M12 批准");
    assertThat(jobs(csAudit, SupervisionAuditProcess.Elements.WAIT_FOR_ON_SITE_DATE)).singleElement()
        .extracting(job -> job.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-12-10T01:00:00Z"));

    // 市场部 proposes the 17th; 曹云 takes it
    Task mktConfirm = taskFor(MKT_HEAD, "确认督导日期");
    complete(MKT_HEAD, mktConfirm, Map.of("dateAnswer", "PROPOSE", "proposedDate", "2026-12-17",
        "answerReason", "15日部门有新品发布会"));
    Task decide = taskFor(OTHER_SUPERVISOR, "确认改期");
    assertThat(taskFor(SUPERVISOR, "确认改期")).isNotNull();
    assertThat(taskFor("caoyun", "确认督导日期")).isNull();
    complete(OTHER_SUPERVISOR, decide, Map.of("newDateDecision", "ACCEPT"));
    assertThat(outbox.findByRecipientOrderById(MKT_HEAD)).extracting(Notification::subject)
        .contains("【督导日期】市场部的现场督导定于 2026-12-17");
    runAll(jobs(programme, PREPARE_AUDIT));
    ProcessInstance mktAudit = auditOf("mkt");
    assertThat(audits.findByProcessInstanceId(mktAudit.getId()).orElseThrow().onSiteDate()).hasToString("2026-12-17");

    assertThat(programmes.findByNumber("SP-2026-M12").orElseThrow().audits())
        .extracting(PlannedAudit::department, PlannedAudit::answerLabel, PlannedAudit::auditNumber)
        .containsExactly(tuple("cs", "已确认", csRecord.number()),
            tuple("mkt", "已改期至 2026-12-17", audits.findByProcessInstanceId(mktAudit.getId()).orElseThrow().number()));
    assertThat(programme).isActive();

    // on its day the audit begins on site, as an ad-hoc one does
    runAll(jobs(csAudit, SupervisionAuditProcess.Elements.WAIT_FOR_ON_SITE_DATE));
    assertThat(csAudit).isWaitingAt(SupervisionAuditProcess.Elements.PREPARE);

    // the programme's page: whole for supervisors and 管理层, a head's own department for a head, nothing for others
    String page = http.withBasicAuth(MANAGEMENT, "demo").exchange(RequestEntity.get("/api/supervision-programmes/SP-2026-M12")
        .accept(MediaType.TEXT_HTML).build(), String.class).getBody();
    assertThat(page).contains("SP-2026-M12 2026年12月运营督导", "客服部", "市场部", "已改期至 2026-12-17",
        "15日部门有新品发布会", csRecord.number());
    ResponseEntity<String> headsView = http.withBasicAuth(MKT_HEAD, "demo").exchange(
        RequestEntity.get("/api/supervision-programmes/SP-2026-M12").accept(MediaType.APPLICATION_JSON).build(), String.class);
    assertThat(headsView.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(headsView.getBody()).contains("市场部").doesNotContain("客服部").contains("\"trail\":[]");
    assertThat(http.withBasicAuth("wangfang", "demo").exchange(RequestEntity.get("/api/supervision-programmes/SP-2026-M12")
        .accept(MediaType.APPLICATION_JSON).build(), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/supervision-programmes/SP-2026-M12", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aDepartmentThatDoesNotAnswerIsAuditedOnThePlannedDayAndAKeptDateStays() {
    ProcessInstance programme = approvedProgramme();
    runAll(jobs(programme, WAIT_FOR_NOTICE));

    // 市场部 proposes, 孔明 keeps the date
    complete(MKT_HEAD, taskFor(MKT_HEAD, "确认督导日期"), Map.of("dateAnswer", "PROPOSE", "proposedDate", "2026-12-16",
        "answerReason", "15日有会"));
    assertThatThrownBy(() -> complete(SUPERVISOR, taskFor(SUPERVISOR, "确认改期"), Map.of("newDateDecision", "KEEP")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请填写说明");
    complete(SUPERVISOR, taskFor(SUPERVISOR, "确认改期"), Map.of("newDateDecision", "KEEP",
        "newDateComment", "督导组16日另有安排"));
    assertThat(outbox.findByRecipientOrderById(MKT_HEAD)).extracting(Notification::body)
        .anySatisfy(body -> assertThat(body).contains("督导人员维持原定日期", "仍于 2026-12-15", "督导组16日另有安排"));

    // 客服部 never answers: the day before, the audit starts on the planned day
    List<Job> noAnswer = jobs(programme, "Timer_NoAnswer");
    assertThat(noAnswer).singleElement().extracting(job -> job.getDuedate().toInstant())
        .isEqualTo(Instant.parse("2026-12-09T01:00:00Z"));
    runAll(noAnswer);
    assertThat(taskFor(CS_HEAD, "确认督导日期")).isNull();
    runAll(jobs(programme, PREPARE_AUDIT));
    assertThat(audits.findAll()).extracting(a -> a.auditedDepartments().iterator().next(), a -> a.onSiteDate().toString())
        .containsExactlyInAnyOrder(tuple("cs", "2026-12-10"), tuple("mkt", "2026-12-15"));
    assertThat(programmes.findByNumber("SP-2026-M12").orElseThrow().audits()).extracting(PlannedAudit::answerLabel)
        .containsExactly("未答复，按原定日期", "维持原日期");
  }

  @Test
  void aRejectedProgrammeEndsAndStartsNoAudit() {
    ProcessInstance programme = start(december());
    complete(SUPERVISOR, task(programme), twoAudits());
    assertThatThrownBy(() -> complete(MANAGEMENT, task(programme), Map.of("decision", "REJECT")))
        .isInstanceOf(SubmissionRefused.class);
    complete(MANAGEMENT, task(programme), Map.of("decision", "REJECT", "decisionComment", "年末不安排督导"));
    assertThat(programme).isEnded().hasPassed(END_REJECTED);
    assertThat(programmes.findByNumber("SP-2026-M12").orElseThrow().status()).isEqualTo(ProgrammeStatus.REJECTED);
    assertThat(audits.count()).isZero();
  }

  @Test
  void whatCannotBePlannedOrAnsweredIsRefusedInChineseAndNothingIsSaved() {
    assertThatThrownBy(() -> start(Map.of("programmePeriodType", "MONTHLY", "programmeYear", 2030, "programmeMonth", "1")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("年份只能是 2026 或 2027 年");
    assertThatThrownBy(() -> start(Map.of("programmePeriodType", "QUARTERLY", "programmeYear", 2027)))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("须选择季度");
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(SupervisionProgrammeProcess.KEY).latestVersion().singleResult().getId();
    assertThatThrownBy(() -> acting.as(CS_HEAD, () -> engine.getFormService().submitStartForm(definition, december())))
        .as("only supervisors plan supervision").isInstanceOf(AuthorizationException.class);

    ProcessInstance programme = start(december());
    assertThatThrownBy(() -> complete(SUPERVISOR, task(programme), draft(
        row("cs", "2026-11-20", "\"SERVICE_QUALITY\"", "\"kongming\""),
        row("nowhere", "2027-01-05", "\"SERVICE_QUALITY\"", "\"kongming\""),
        row("mkt", "2026-12-15", "", "\"zhenghong\""),
        row("cs", "2026-12-20", "\"SERVICE_QUALITY\"", "\"kongming\""),
        row("cs", "2026-12-20", "\"SERVICE_QUALITY\"", "\"caoyun\""))))
        .isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("第 1 次督导的督导日期须晚于今天（2026-11-21）")
        .hasMessageContaining("第 2 次督导请选择被督导部门（“nowhere”不是公司的部门）")
        .hasMessageContaining("第 2 次督导的督导日期 2027-01-05 不在计划期间（2026-12-01 至 2026-12-31）内")
        .hasMessageContaining("第 3 次督导请至少选择一项督导重点")
        .hasMessageContaining("第 3 次督导：“zhenghong”不是运营督导人员")
        .hasMessageContaining("第 5 次督导与前面的督导是同一部门同一天");
    assertThatThrownBy(() -> complete(SUPERVISOR, task(programme), draft()))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请至少安排一次督导");
    assertThat(programme).isWaitingAt(DRAFT);
    assertThat(programmes.count()).isZero();

    complete(SUPERVISOR, task(programme), twoAudits());
    complete(MANAGEMENT, task(programme), Map.of("decision", "APPROVE"));
    runAll(jobs(programme, WAIT_FOR_NOTICE));
    Task confirm = taskFor(MKT_HEAD, "确认督导日期");
    assertThatThrownBy(() -> complete(MKT_HEAD, confirm, Map.of("dateAnswer", "PROPOSE", "proposedDate", "2026-12-16")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请填写改期理由");
    assertThatThrownBy(() -> complete(MKT_HEAD, confirm, Map.of("dateAnswer", "PROPOSE", "proposedDate", "2026-12-15",
        "answerReason", "x"))).isInstanceOf(SubmissionRefused.class).hasMessageContaining("与原定日期相同");
    assertThatThrownBy(() -> complete(MKT_HEAD, confirm, Map.of("dateAnswer", "PROPOSE", "proposedDate", "2027-01-04",
        "answerReason", "x"))).isInstanceOf(SubmissionRefused.class).hasMessageContaining("须在督导工作计划的期间");
    assertThatThrownBy(() -> complete(MKT_HEAD, confirm, Map.of("dateAnswer", "MAYBE")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请选择“确认督导日期”或“提议其他日期”");
    assertThatThrownBy(() -> complete(CS_HEAD, confirm, Map.of("dateAnswer", "CONFIRM")))
        .as("another department's head cannot answer for 市场部").isInstanceOf(AuthorizationException.class);
    Task csConfirm = taskFor(CS_HEAD, "确认督导日期");
    assertThatThrownBy(() -> complete(CS_HEAD, csConfirm, Map.of("dateAnswer", "CONFIRM", "plannedAuditNo", 2)))
        .as("a REST client pointing its own task at 市场部's audit").isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("此环节的表单没有这些字段，不能提交：plannedAuditNo");
    // what a REST client adds to its answer is refused: a submission sets its form's fields only
    assertThatThrownBy(() -> complete(CS_HEAD, csConfirm, Map.of("dateAnswer", "CONFIRM", "onSiteDate", "2026-12-31",
        "supervisors", SpinValues.jsonValue("[\"zhenghong\"]").create(), "programmeDrafter", CS_HEAD)))
        .isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("此环节的表单没有这些字段，不能提交：onSiteDate、programmeDrafter、supervisors");
    complete(CS_HEAD, csConfirm, Map.of("dateAnswer", "CONFIRM"));
    runAll(jobs(programme, PREPARE_AUDIT));
    SupervisionAudit csAudit = audits.findAll().get(0);
    assertThat(csAudit.onSiteDate()).hasToString("2026-12-10");
    assertThat(csAudit.supervisors()).containsExactly(SUPERVISOR);
    assertThat(csAudit.trail().get(0).actor()).isEqualTo(SUPERVISOR);
    assertThat(taskFor(MKT_HEAD, "确认督导日期")).isNotNull();
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.performance.LedgerEntry;
import com.opsflow.performance.PerformanceLedger;
import com.opsflow.support.EngineTest;
import com.opsflow.notification.Notification;

/**
 * Every path of supervision-audit.bpmn and finding-rectification.bpmn (SV-3, SV-4, SV-5), timers driven
 * by executing their jobs: 孔明 (kongming) and 曹云 (caoyun) supervise, 杨建国 (yangjianguo) is 管理层,
 * 客服部 is audited — 郑红 (zhenghong) heads it, 冯涛 (fengtao) works there.
 */
class SupervisionAuditProcessTest extends EngineTest {

  static final String SUPERVISOR = "kongming";
  static final String MANAGEMENT = "yangjianguo";
  static final String CS_HEAD = "zhenghong";
  static final String CS_STAFF = "fengtao";

  @Autowired
  SupervisionAudits audits;
  @Autowired
  AuditFindings findings;
  @Autowired
  RectificationRounds rounds;
  @Autowired
  PerformanceLedger ledger;
  @Autowired
  com.opsflow.notification.Notifications outbox;

  // ---- the audit up to its findings

  ProcessInstance planAudit() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(SupervisionAuditProcess.KEY).latestVersion().singleResult().getId();
    ProcessInstance audit = acting.as(SUPERVISOR, () -> engine.getFormService().submitStartForm(definitionId, Map.of()));
    complete(SUPERVISOR, audit, plan());
    return audit;
  }

  static VariableMap plan() {
    return Variables.createVariables()
        .putValue("auditTitle", "客服部服务质量专项督导")
        .putValue("auditedDepartments", SpinValues.jsonValue("[\"cs\"]").create())
        .putValue("focusAreas", SpinValues.jsonValue("[\"SERVICE_QUALITY\",\"EFFICIENCY\"]").create())
        .putValue("auditGoals", "核查投诉处理时效和服务规范执行情况")
        .putValue("auditMethods", "现场检查、抽查通话记录、员工访谈")
        .putValue("onSiteDate", "2026-12-01")
        .putValue("supervisors", SpinValues.jsonValue("[\"kongming\",\"caoyun\"]").create());
  }

  ProcessInstance auditWithFindings(String... departments) {
    ProcessInstance audit = planAudit();
    complete(MANAGEMENT, audit, decision("APPROVE", null));
    fire(audit, WAIT_FOR_ON_SITE_DATE);
    for (String step : List.of(PREPARE, OPENING_MEETING, INSPECT, COLLECT_DATA, INTERVIEW)) {
      assertThat(audit).isWaitingAt(step);
      complete(SUPERVISOR, audit, Map.of("stepNotes", "已完成：" + step));
    }
    complete(SUPERVISOR, audit, findingsOf(departments));
    return audit;
  }

  static VariableMap findingsOf(String... departments) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < departments.length; i++) {
      rows.add("""
          {"description":"投诉回访超时 %d","focusArea":"SERVICE_QUALITY","scope":"华东区客户","severity":"MAJOR",\
          "responsibleDepartment":"%s","responsiblePerson":"冯涛"}""".formatted(i + 1, departments[i]));
    }
    return Variables.createVariables()
        .putValue("findings", SpinValues.jsonValue("[" + String.join(",", rows) + "]").create());
  }

  void reportApprovedAndReceived(ProcessInstance audit, boolean findingsToDiscuss) {
    if (findingsToDiscuss) {
      assertThat(audit).isWaitingAt(COMMUNICATE).task().hasCandidateGroup("csHead");
      complete(CS_HEAD, audit, Map.of("causes", "人手不足，回访排班不合理", "solutions", "调整排班，增设回访专员"));
    }
    assertThat(audit).isWaitingAt(WRITE_REPORT);
    complete(SUPERVISOR, audit, report());
    complete(MANAGEMENT, audit, decision("APPROVE", "同意下发"));
    assertThat(audit).isWaitingAt(RECEIVE_REPORT).task().hasCandidateGroup("csHead");
    complete(CS_HEAD, audit, Map.of());
  }

  static Map<String, Object> report() {
    return Map.of("reportExecution", "计划执行到位", "reportHighlights", "首问负责制落实较好", "reportProblems", "回访超时",
        "reportAnalysis", "排班不合理", "reportSuggestions", "调整排班");
  }

  // ---- rectification of one finding (a called instance per finding)

  List<ProcessInstance> rectificationsOf(ProcessInstance audit) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(audit.getId())
        .orderByProcessInstanceId().asc().list();
  }

  ProcessInstance rectificationOfFinding(ProcessInstance audit, int number) {
    long findingId = findings.findByAuditIdOrderByNumber(auditOf(audit).id()).get(number - 1).id();
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(audit.getId())
        .variableValueEquals("findingId", findingId).singleResult();
  }

  void planAndReport(ProcessInstance rectification) {
    assertThat(rectification).isWaitingAt(FindingRectificationProcess.Elements.PLAN_RECTIFICATION);
    complete(CS_STAFF, rectification, Map.of("measures", "增设两名回访专员，每日复盘", "rectificationResponsible", "冯涛",
        "rectificationDeadline", "2026-12-20"));
    complete(CS_STAFF, rectification, Map.of("completionReport", "已增设回访专员，超时率降至 2%"));
    fire(rectification, FindingRectificationProcess.Elements.WAIT_FOR_DEADLINE);
    assertThat(rectification).isWaitingAt(FindingRectificationProcess.Elements.ACCEPT_RECTIFICATION);
  }

  void accept(ProcessInstance rectification, boolean passed) {
    complete(SUPERVISOR, rectification, passed ? Map.of("acceptance", "PASS")
        : Map.of("acceptance", "FAIL", "acceptanceComment", "超时率仍高于 5%"));
  }

  void summarise(ProcessInstance audit) {
    assertThat(audit).isWaitingAt(WRITE_SUMMARY);
    complete(SUPERVISOR, audit, Map.of("summaryLessons", "排班是服务时效的关键", "summaryEffect", "回访超时率由 12% 降至 2%",
        "summaryProposals", "推广到其他区域", "trainingNeeds", "客户回访话术\n排班管理"));
  }

  // ---- the paths

  @Test
  void anAuditWithoutFindingsGoesStraightToTheReportAndClosesWithoutRectification() {
    ProcessInstance audit = planAudit();
    assertThat(audit).isWaitingAt(APPROVE_PLAN).task().hasCandidateGroup("management");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(audit.getId()).singleResult()
        .getBusinessKey()).isEqualTo("AUD-2026-001");
    complete(MANAGEMENT, audit, decision("APPROVE", null));
    assertThat(audit).isWaitingAt(WAIT_FOR_ON_SITE_DATE);
    fire(audit, WAIT_FOR_ON_SITE_DATE);
    assertThat(audit).isWaitingAt(PREPARE).task().hasCandidateUser("kongming").hasCandidateUser("caoyun");
    for (String step : List.of(PREPARE, OPENING_MEETING, INSPECT, COLLECT_DATA, INTERVIEW)) {
      complete("caoyun", audit, Map.of("stepNotes", "记录：" + step));
    }
    complete(SUPERVISOR, audit, findingsOf());

    reportApprovedAndReceived(audit, false);
    summarise(audit);

    assertThat(audit).isEnded().hasPassed(END_AUDIT_CLOSED).hasNotPassed(COMMUNICATE, RECTIFY_FINDINGS);
    SupervisionAudit record = auditOf(audit);
    assertThat(record.status()).isEqualTo(AuditStatus.CLOSED);
    assertThat(record.focusAreas()).containsExactlyInAnyOrder(FocusArea.SERVICE_QUALITY, FocusArea.EFFICIENCY);
    assertThat(record.onSiteLog()).contains("【准备工作】", "【首次会议】", "【人员访谈】");
    assertThat(record.report()).contains("五、整改建议：调整排班");
    assertThat(record.trainingNeeds()).containsExactly("客户回访话术", "排班管理");
    assertThat(findings.findByAuditIdOrderByNumber(record.id())).isEmpty();
    assertThat(ledger.findByAuditIdOrderById(record.id())).isEmpty();
  }

  @Test
  void aFindingAcceptedTheFirstTimeEarnsTheBonus() {
    ProcessInstance audit = auditWithFindings("cs");
    reportApprovedAndReceived(audit, true);
    ProcessInstance rectification = rectificationOfFinding(audit, 1);
    assertThat(rectification).task().hasCandidateGroup("cs");

    planAndReport(rectification);
    accept(rectification, true);

    assertThat(rectification).isEnded().hasPassed(FindingRectificationProcess.Elements.END_FINDING_CLOSED);
    summarise(audit);
    assertThat(audit).isEnded().hasPassed(END_AUDIT_CLOSED);
    AuditFinding finding = findings.findByAuditIdOrderByNumber(auditOf(audit).id()).get(0);
    assertThat(finding.status()).isEqualTo(FindingStatus.PASSED);
    assertThat(finding.rounds()).isEqualTo(1);
    assertThat(ledger.findByFindingIdOrderById(finding.id()))
        .extracting(LedgerEntry::department, LedgerEntry::person, LedgerEntry::points, LedgerEntry::reason)
        .containsExactly(tuple("cs", null, 3, "整改一次验收通过：AUD-2026-001 第 1 项问题"),
            tuple("cs", "冯涛", 2, "整改一次验收通过：AUD-2026-001 第 1 项问题"));
    assertThat(auditOf(audit).communication()).contains("【客服部】原因分析：人手不足");
  }

  @Test
  void aFindingRejectedTwiceThenAcceptedTakesThreeRoundsAndTheLedgerShowsIt() {
    ProcessInstance audit = auditWithFindings("cs");
    reportApprovedAndReceived(audit, true);
    ProcessInstance rectification = rectificationOfFinding(audit, 1);

    planAndReport(rectification);
    accept(rectification, false);
    assertThat(rectification).isWaitingAt(FindingRectificationProcess.Elements.PLAN_RECTIFICATION);
    assertThat(rectification).variables().containsEntry("round", 2).containsEntry("lastRejection", "第 1 轮验收未通过：超时率仍高于 5%");
    planAndReport(rectification);
    accept(rectification, false);
    planAndReport(rectification);
    accept(rectification, true);

    assertThat(rectification).isEnded().hasPassed(FindingRectificationProcess.Elements.END_FINDING_CLOSED)
        .hasNotPassed(FindingRectificationProcess.Elements.DECIDE_ESCALATION);
    AuditFinding finding = findings.findByAuditIdOrderByNumber(auditOf(audit).id()).get(0);
    assertThat(finding.rounds()).isEqualTo(3);
    assertThat(rounds.findByFindingIdOrderByNumber(finding.id())).extracting(RectificationRound::number, RectificationRound::accepted)
        .containsExactly(tuple(1, false), tuple(2, false), tuple(3, true));
    assertThat(ledger.findByFindingIdOrderById(finding.id())).extracting(LedgerEntry::person, LedgerEntry::points)
        .containsExactly(tuple(null, -2), tuple("冯涛", -1), tuple(null, -2), tuple("冯涛", -1));
  }

  @Test
  void threeFindingsAreRectifiedInParallelWithTheirOwnOutcomes() {
    ProcessInstance audit = auditWithFindings("cs", "cs", "sales");
    reportApprovedAndReceived(audit, true);
    assertThat(rectificationsOf(audit)).hasSize(3);
    ProcessInstance first = rectificationOfFinding(audit, 1);
    ProcessInstance second = rectificationOfFinding(audit, 2);
    ProcessInstance third = rectificationOfFinding(audit, 3);
    assertThat(third).task().hasCandidateGroup("sales");

    planAndReport(first);
    accept(first, true);
    planAndReport(second);
    accept(second, false);
    fire(third, FindingRectificationProcess.Elements.PLAN_OVERDUE);
    assertThat(third).isWaitingAt(FindingRectificationProcess.Elements.DECIDE_ESCALATION);
    complete(MANAGEMENT, third, Map.of("escalationDecision", "CLOSE_FAILED", "escalationComment", "销售部拒不整改，按失败关闭"));
    assertThat(audit).isWaitingAt(RECTIFY_FINDINGS);
    planAndReport(second);
    accept(second, true);

    summarise(audit);
    assertThat(audit).isEnded();
    List<AuditFinding> all = findings.findByAuditIdOrderByNumber(auditOf(audit).id());
    assertThat(all).extracting(AuditFinding::status, AuditFinding::rounds, AuditFinding::overdue).containsExactly(
        tuple(FindingStatus.PASSED, 1, false), tuple(FindingStatus.PASSED, 2, false), tuple(FindingStatus.FAILED, 1, true));
    assertThat(ledger.findByAuditIdOrderById(auditOf(audit).id())).extracting(LedgerEntry::department, LedgerEntry::points)
        .containsExactlyInAnyOrder(tuple("cs", 3), tuple("cs", 2), tuple("cs", -2), tuple("cs", -1),
            tuple("sales", -3), tuple("sales", -2), tuple("sales", -5), tuple("sales", -3));
  }

  @Autowired
  RectificationProgressReports progressReports;

  @Test
  void whileRectifyingTheDepartmentReportsProgressAndTheSupervisorHelps() {
    ProcessInstance audit = auditWithFindings("cs");
    reportApprovedAndReceived(audit, true);
    ProcessInstance rectification = rectificationOfFinding(audit, 1);
    complete(CS_STAFF, rectification, Map.of("measures", "增设回访专员", "rectificationResponsible", "冯涛",
        "rectificationDeadline", "2026-12-20"));

    fire(rectification, FindingRectificationProcess.Elements.PROGRESS_DUE); // Monday 09:00, opsflow.supervision
    Task report = engine.getTaskService().createTaskQuery().processInstanceId(rectification.getId())
        .taskDefinitionKey(FindingRectificationProcess.Elements.REPORT_PROGRESS).singleResult();
    assertThat(engine.getTaskService().getIdentityLinksForTask(report.getId())).extracting(link -> link.getGroupId())
        .containsExactly("cs");
    assertThatThrownBy(() -> acting.as(CS_STAFF, () -> engine.getFormService().submitTaskForm(report.getId(),
        Map.of("rectificationProgress", "已招聘一名回访专员", "helpNeeded", true))))
        .hasMessageContaining("请求协助时请写明遇到的困难。");
    acting.as(CS_STAFF, () -> engine.getFormService().submitTaskForm(report.getId(), Map.of(
        "rectificationProgress", "已招聘一名回访专员", "rectificationDifficulties", "第二名专员的编制需人力资源部批准",
        "helpNeeded", true)));

    Task review = engine.getTaskService().createTaskQuery().processInstanceId(rectification.getId())
        .taskDefinitionKey(FindingRectificationProcess.Elements.REVIEW_PROGRESS).singleResult();
    assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId())).extracting(link -> link.getUserId())
        .containsExactlyInAnyOrder("kongming", "caoyun");
    acting.as(SUPERVISOR, () -> engine.getFormService().submitTaskForm(review.getId(),
        Map.of("progressReview", "已与人力资源部沟通，本周内批复编制")));

    AuditFinding finding = findings.findByAuditIdOrderByNumber(auditOf(audit).id()).get(0);
    assertThat(progressReports.findByFindingIdOrderById(finding.id())).singleElement().satisfies(kept -> {
      assertThat(kept.progress()).isEqualTo("已招聘一名回访专员");
      assertThat(kept.helpNeeded()).isTrue();
      assertThat(kept.reportedBy()).isEqualTo(CS_STAFF);
      assertThat(kept.reviewedBy()).isEqualTo(SUPERVISOR);
      assertThat(kept.review()).isEqualTo("已与人力资源部沟通，本周内批复编制");
    });
    assertThat(outbox.findByRecipientOrderById(CS_STAFF)).extracting(Notification::subject)
        .anyMatch(subject -> subject.startsWith("【整改进度审阅】"));
    assertThat(rectification).as("the rectification itself goes on").isWaitingAt(
        FindingRectificationProcess.Elements.REPORT_RECTIFICATION);
    assertThat(engine.getRuntimeService().getVariable(rectification.getId(), "rectificationProgress"))
        .as("the next report starts empty").isNull();
  }

  @Test
  void anOverdueRectificationEscalatesAndManagementExtendsTheDeadline() {
    ProcessInstance audit = auditWithFindings("cs");
    reportApprovedAndReceived(audit, true);
    ProcessInstance rectification = rectificationOfFinding(audit, 1);
    complete(CS_STAFF, rectification, Map.of("measures", "增设回访专员", "rectificationResponsible", "冯涛",
        "rectificationDeadline", "2026-12-20"));

    fire(rectification, FindingRectificationProcess.Elements.REMIND);
    assertThat(rectification).isWaitingAt(FindingRectificationProcess.Elements.REPORT_RECTIFICATION);
    AuditFinding finding = findings.findByAuditIdOrderByNumber(auditOf(audit).id()).get(0);
    assertThat(rounds.findByFindingIdOrderByNumber(finding.id()).get(0).remindedAt()).isNotNull();
    // SV-3.4.2: the department and the supervisors in charge are reminded by mail, not by a comment only
    assertThat(outbox.findAll()).filteredOn(mail -> mail.subject().startsWith("【整改提醒】"))
        .extracting(Notification::recipient).contains("fengtao", "kongming");

    fire(rectification, FindingRectificationProcess.Elements.RECTIFICATION_OVERDUE);
    assertThat(rectification).isWaitingAt(FindingRectificationProcess.Elements.DECIDE_ESCALATION);
    assertThat(rectification).variables().containsEntry("escalationReason", "整改期限已过，部门未提交整改结果");
    assertThatThrownBy(() -> complete(MANAGEMENT, rectification, Map.of("escalationDecision", "EXTEND", "escalationComment", "再给两周")))
        .hasMessage("请填写新的整改期限");
    complete(MANAGEMENT, rectification, Map.of("escalationDecision", "EXTEND", "newDeadline", "2027-01-10",
        "escalationComment", "再给两周"));

    assertThat(rectification).isWaitingAt(FindingRectificationProcess.Elements.REPORT_RECTIFICATION);
    assertThat(rounds.findByFindingIdOrderByNumber(finding.id()).get(0).deadline()).hasToString("2027-01-10");
    complete(CS_STAFF, rectification, Map.of("completionReport", "已完成"));
    fire(rectification, FindingRectificationProcess.Elements.WAIT_FOR_DEADLINE);
    accept(rectification, true);
    assertThat(rectification).isEnded();
    assertThat(ledger.findByFindingIdOrderById(finding.id())).extracting(LedgerEntry::points).containsExactly(-3, -2);
  }

  @Test
  void aPlanNotSubmittedInTimeEscalatesAndManagementLetsTheDepartmentContinue() {
    ProcessInstance audit = auditWithFindings("cs");
    reportApprovedAndReceived(audit, true);
    ProcessInstance rectification = rectificationOfFinding(audit, 1);

    fire(rectification, FindingRectificationProcess.Elements.PLAN_OVERDUE);
    assertThat(rectification).variables().containsEntry("escalationReason", "部门逾期未提交整改方案");
    complete(MANAGEMENT, rectification, Map.of("escalationDecision", "CONTINUE", "escalationComment", "限期一周提交"));

    planAndReport(rectification);
    accept(rectification, true);
    AuditFinding finding = findings.findByAuditIdOrderByNumber(auditOf(audit).id()).get(0);
    assertThat(finding.overdue()).isTrue();
    assertThat(ledger.findByFindingIdOrderById(finding.id())).extracting(LedgerEntry::points).containsExactly(-3, -2);
  }

  @Test
  void tooManyFailedRoundsEscalateToManagement() {
    ProcessInstance audit = auditWithFindings("cs");
    reportApprovedAndReceived(audit, true);
    ProcessInstance rectification = rectificationOfFinding(audit, 1);
    for (int round = 1; round <= 3; round++) {
      planAndReport(rectification);
      accept(rectification, false);
    }
    assertThat(rectification).isWaitingAt(FindingRectificationProcess.Elements.DECIDE_ESCALATION);
    assertThat(rectification).task().hasCandidateGroup("management");
    assertThat(rectification).variables().containsEntry("escalationReason", "整改已有 3 轮验收未通过");

    complete(MANAGEMENT, rectification, Map.of("escalationDecision", "CLOSE_FAILED", "escalationComment", "三轮未通过"));
    assertThat(rectification).isEnded().hasPassed(FindingRectificationProcess.Elements.END_FINDING_FAILED);
    AuditFinding finding = findings.findByAuditIdOrderByNumber(auditOf(audit).id()).get(0);
    assertThat(finding.status()).isEqualTo(FindingStatus.FAILED);
    assertThat(finding.closingReason()).as("closing as failed departs from SV-3.4, and the record says so")
        .isEqualTo("偏离 SV-3.4（整改至合格）：管理层决定按整改失败关闭。理由：三轮未通过");
    assertThat(ledger.findByFindingIdOrderById(finding.id()).stream().mapToInt(LedgerEntry::points).sum())
        .isEqualTo(3 * (-2 - 1) + (-5 - 3));
  }

  @Test
  void managementReturnsTheReportForRevision() {
    ProcessInstance audit = auditWithFindings();
    complete(SUPERVISOR, audit, report());
    assertThatThrownBy(() -> complete(MANAGEMENT, audit, decision("REJECT", "不要")))
        .hasMessage("此环节不能选择“驳回”，只能选择同意或退回修改。");
    complete(MANAGEMENT, audit, decision("RETURN", "请补充数据对比"));
    assertThat(audit).isWaitingAt(WRITE_REPORT);
    assertThat(audit).variables().containsEntry("lastReturnComment", "请补充数据对比");
    complete(SUPERVISOR, audit, report());
    complete(MANAGEMENT, audit, decision("APPROVE", null));
    assertThat(audit).isWaitingAt(RECEIVE_REPORT);
    assertThat(auditOf(audit).trail()).extracting(entry -> entry.action()).containsSequence("退回修改", "同意");
  }

  @Test
  void theSupervisionPlanCanBeReturnedAndRejected() {
    ProcessInstance audit = planAudit();
    complete(MANAGEMENT, audit, decision("RETURN", "请明确抽查比例"));
    assertThat(audit).isWaitingAt(DRAFT_PLAN).task().isAssignedTo(SUPERVISOR);
    assertThat(auditOf(audit).status()).isEqualTo(AuditStatus.PLAN_RETURNED);
    complete(SUPERVISOR, audit, plan().putValue("auditMethods", "抽查 10% 通话记录"));
    complete(MANAGEMENT, audit, decision("REJECT", "本季度不安排"));
    assertThat(audit).isEnded().hasPassed(END_PLAN_REJECTED);
    assertThat(auditOf(audit).status()).isEqualTo(AuditStatus.PLAN_REJECTED);
  }

  @Test
  void badInputIsRefusedAndTheTaskStaysOpen() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(SupervisionAuditProcess.KEY).latestVersion().singleResult().getId();
    ProcessInstance audit = acting.as(SUPERVISOR, () -> engine.getFormService().submitStartForm(definitionId, Map.of()));
    VariableMap bad = plan().putValue("onSiteDate", "2026-01-01")
        .putValue("supervisors", SpinValues.jsonValue("[\"wangfang\"]").create())
        .putValue("focusAreas", SpinValues.jsonValue("[]").create());
    assertThatThrownBy(() -> complete(SUPERVISOR, audit, bad))
        .isInstanceOf(SubmissionRefused.class)
        .satisfies(e -> assertThat(((SubmissionRefused) e).reasons()).containsExactly(
            "请至少选择一项督导重点", "现场督导日期不能早于今天（2026-11-21）", "“wangfang”不是运营督导人员"));
    assertThat(audit).isWaitingAt(DRAFT_PLAN);

    ProcessInstance onSite = auditWithFindings();
    assertThat(onSite).isWaitingAt(WRITE_REPORT);
    ProcessInstance another = planAudit();
    complete(MANAGEMENT, another, decision("APPROVE", null));
    fire(another, WAIT_FOR_ON_SITE_DATE);
    assertThatThrownBy(() -> complete(SUPERVISOR, another, Map.of("stepNotes", " "))).hasMessage("请填写本环节的记录");
    for (String step : List.of(PREPARE, OPENING_MEETING, INSPECT, COLLECT_DATA, INTERVIEW)) {
      complete(SUPERVISOR, another, Map.of("stepNotes", step));
    }
    VariableMap tooMany = findingsOf(java.util.Collections.nCopies(51, "cs").toArray(String[]::new));
    assertThatThrownBy(() -> complete(SUPERVISOR, another, tooMany)).hasMessage("发现的问题最多 50 项，请逐项填写");
    assertThat(another).isWaitingAt(RECORD_FINDINGS);
  }

  @Test
  void aFailedAcceptanceMustSayWhy() {
    ProcessInstance audit = auditWithFindings("cs");
    reportApprovedAndReceived(audit, true);
    ProcessInstance rectification = rectificationOfFinding(audit, 1);
    planAndReport(rectification);
    assertThatThrownBy(() -> complete(SUPERVISOR, rectification, Map.of("acceptance", "FAIL")))
        .hasMessage("请填写验收意见（不通过时写明原因）");
    assertThatThrownBy(() -> complete(CS_STAFF, rectification, Map.of("acceptance", "PASS")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    assertThat(rectification).isWaitingAt(FindingRectificationProcess.Elements.ACCEPT_RECTIFICATION);
  }

  // ---- helpers

  SupervisionAudit auditOf(ProcessInstance audit) {
    return audits.findByProcessInstanceId(audit.getId()).orElseThrow();
  }

  void complete(String user, ProcessInstance instance, Map<String, Object> variables) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(tasks).as("open tasks of " + instance.getId()).hasSize(1);
    acting.as(user, () -> engine.getFormService().submitTaskForm(tasks.get(0).getId(), variables));
  }

  static VariableMap decision(String code, String comment) {
    VariableMap variables = Variables.createVariables().putValue("decision", code);
    return comment == null ? variables : variables.putValue("decisionComment", comment);
  }

  void fire(ProcessInstance instance, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("timer at " + activityId).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }
}

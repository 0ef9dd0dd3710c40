package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Elements.*;
import static com.opsflow.customer.CustomerCaseProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.approval.TrailEntry;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.support.CleanSlate;
import com.opsflow.support.EngineTest;

/**
 * Every path of customer-case.bpmn (CC-3.2, TC-4.2) as the demo users: 冯涛 (fengtao, 客服部) records and replies,
 * 郑红 (zhenghong) heads 客服部, 研发部 (何静 hejing, head 钱军 qianjun) answers and handles, 管理层 杨建国
 * (yangjianguo) approves large changes and hears of 重大 complaints.
 */
class CustomerCaseProcessTest extends EngineTest {

  static final String RECORDER = "fengtao";
  static final String CS_HEAD = "zhenghong";
  static final String RND = "hejing";
  static final String RND_HEAD = "qianjun";
  static final String MANAGEMENT = "yangjianguo";

  @Autowired
  CustomerCases cases;

  static Map<String, Object> contact(String category, String severity) {
    Map<String, Object> intake = new HashMap<>();
    intake.put(CUSTOMER_NAME, "陈先生");
    intake.put(CUSTOMER_COMPANY, "华东贸易有限公司");
    intake.put(CUSTOMER_CONTACT, "13800138000");
    intake.put(CHANNEL, "PHONE");
    intake.put(CATEGORY, category);
    if (severity != null) {
      intake.put(SEVERITY, severity);
    }
    intake.put(DESCRIPTION, "客户反映上月交付的系统报表导出总是失败。");
    return intake;
  }

  ProcessInstance record(String user, Map<String, Object> intake) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CustomerCaseProcess.KEY).latestVersion().singleResult().getId();
    return acting.as(user, () -> engine.getFormService().submitStartForm(definitionId, intake));
  }

  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void complete(String user, ProcessInstance instance, Map<String, Object> variables) {
    Task task = task(instance);
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  List<String> candidateGroups(ProcessInstance instance) {
    return engine.getTaskService().getIdentityLinksForTask(task(instance).getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
  }

  CustomerCase caseOf(ProcessInstance instance) {
    return cases.findByNumber(instance.getBusinessKey()).orElseThrow();
  }

  ProcessInstance complaintAtTheDepartment(String severity) {
    ProcessInstance instance = record(RECORDER, contact("COMPLAINT", severity));
    complete(RECORDER, instance, Map.of(COMPLAINT_DETAILS, "客户情绪激动，已致歉并承诺两天内回复。", INVESTIGATION, "核实为导出模块缺陷。"));
    complete(CS_HEAD, instance, Map.of(RESPONSIBLE_DEPARTMENT, "rnd", SOLUTION, "研发部修复导出缺陷并为客户补发报表。"));
    return instance;
  }

  @Test
  void anEnquiryAnsweredOnTheSpotIsClosedUnderTheYearsNumber() {
    ProcessInstance instance = record(RECORDER, contact("ENQUIRY", null));

    assertThat(instance).isWaitingAt(ANSWER_ENQUIRY).task().isAssignedTo(RECORDER);
    assertThat(instance.getBusinessKey()).isEqualTo("KF-2026-0001");
    complete(RECORDER, instance, Map.of(ENQUIRY_HANDLING, "ANSWER", ANSWER, "请使用 Chrome 浏览器导出。"));

    assertThat(instance).isEnded().hasPassed(END_ANSWERED).hasNotPassed(ANSWER_BY_DEPARTMENT);
    CustomerCase answered = caseOf(instance);
    assertThat(answered.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(answered.answer()).isEqualTo("请使用 Chrome 浏览器导出。");
    assertThat(answered.trail()).extracting(TrailEntry::action).containsExactly("登记咨询（来电）", "当场答复");
    assertThat(record(RECORDER, contact("SUGGESTION", null)).getBusinessKey()).isEqualTo("KF-2026-0002");
  }

  @Test
  void anEnquiryTransferredIsAnsweredByTheDepartmentAndRelayedToTheCustomer() {
    ProcessInstance instance = record(RECORDER, contact("ENQUIRY", null));
    complete(RECORDER, instance, Map.of(ENQUIRY_HANDLING, "TRANSFER", RESPONSIBLE_DEPARTMENT, "rnd"));

    assertThat(instance).isWaitingAt(ANSWER_BY_DEPARTMENT);
    assertThat(candidateGroups(instance)).containsExactly("rnd");
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(CleanSlate.TODAY.plus(Duration.ofDays(2))));
    complete(RND, instance, Map.of(DEPARTMENT_ANSWER, "导出超过一万行时须分批导出。"));

    assertThat(instance).isWaitingAt(RELAY_ANSWER).task().isAssignedTo(RECORDER);
    complete(RECORDER, instance, Map.of(CUSTOMER_REPLY, "已电话告知客户分批导出的方法。"));
    assertThat(instance).isEnded().hasPassed(END_ANSWERED);
    CustomerCase answered = caseOf(instance);
    assertThat(answered.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(answered.responsibleDepartmentName()).isEqualTo("研发部");
    assertThat(answered.trail()).extracting(TrailEntry::action)
        .containsExactly("登记咨询（来电）", "转交研发部解答", "已解答", "已答复客户");
  }

  @ParameterizedTest(name = "{0} complaint: {1} to handle")
  @CsvSource({"GENERAL, 5", "SERIOUS, 3"})
  void aComplaintIsHandledWithinTheTimeOfItsSeverityAndClosedSatisfied(String severity, int days) {
    ProcessInstance instance = complaintAtTheDepartment(severity);

    assertThat(instance).isWaitingAt(HANDLE_COMPLAINT).hasNotPassed(REPORT_TO_MANAGEMENT);
    assertThat(candidateGroups(instance)).containsExactly("rnd");
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(CleanSlate.TODAY.plus(Duration.ofDays(days))));
    complete(RND, instance, Map.of(HANDLING_RESULT, "缺陷已修复，报表已补发。"));
    complete(RECORDER, instance, Map.of(CUSTOMER_REPLY, "已告知客户修复情况并补发报表。"));
    complete(RECORDER, instance, Map.of(SATISFACTION, "FAIRLY_SATISFIED"));
    assertThat(instance).isWaitingAt(ANALYSE_CASE);
    complete(RECORDER, instance, Map.of(ANALYSIS, "导出模块缺少大数据量测试。", IMPROVEMENTS, "研发部补充大数据量回归测试。"));

    assertThat(instance).isEnded().hasPassed(END_COMPLAINT_CLOSED);
    CustomerCase closed = caseOf(instance);
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.satisfaction()).isEqualTo(Satisfaction.FAIRLY_SATISFIED);
    assertThat(closed.round()).isEqualTo(1);
    assertThat(closed.handledLate()).isFalse();
    assertThat(closed.trail()).extracting(TrailEntry::action).containsExactly("登记投诉（来电）", "已核实", "交研发部处理",
        "处理完毕", "已答复客户", "基本满意", "已分析");
  }

  @Test
  void anUnsatisfiedCustomerReopensTheCaseForAnotherRound() {
    ProcessInstance instance = complaintAtTheDepartment("GENERAL");
    complete(RND, instance, Map.of(HANDLING_RESULT, "已解释原因。"));
    complete(RECORDER, instance, Map.of(CUSTOMER_REPLY, "已转告研发部的解释。"));

    assertThatThrownBy(() -> complete(RECORDER, instance, Map.of(SATISFACTION, "UNSATISFIED")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请填写客户意见");
    complete(RECORDER, instance, Map.of(SATISFACTION, "UNSATISFIED", CUSTOMER_OPINION, "问题没有解决，只是解释。"));

    assertThat(instance).isWaitingAt(DECIDE_HANDLING);
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.REOPENED);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), CASE_ROUND)).isEqualTo(2);
    // the case owner may decide the next round as well as 客服部's head (CC-3.2.3)
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(instance).getId())).extracting(IdentityLink::getUserId)
        .contains(RECORDER);
    complete(RECORDER, instance, Map.of(RESPONSIBLE_DEPARTMENT, "rnd", SOLUTION, "研发部本周内修复缺陷。"));
    complete(RND, instance, Map.of(HANDLING_RESULT, "缺陷已修复。"));
    complete(RECORDER, instance, Map.of(CUSTOMER_REPLY, "已告知客户缺陷已修复。"));
    complete(RECORDER, instance, Map.of(SATISFACTION, "SATISFIED"));
    complete(RECORDER, instance, Map.of(ANALYSIS, "首次处理只解释未解决。", IMPROVEMENTS, "投诉须以解决问题为准。"));

    CustomerCase closed = caseOf(instance);
    assertThat(closed.round()).isEqualTo(2);
    assertThat(closed.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(closed.trail()).extracting(TrailEntry::action).containsSubsequence("不满意", "交研发部处理", "满意");
  }

  @Test
  void aMajorComplaintGoesToManagementAtOnceWithADayToHandleIt() {
    ProcessInstance instance = complaintAtTheDepartment("MAJOR");

    assertThat(instance).hasPassed(REPORT_TO_MANAGEMENT).isWaitingAt(HANDLE_COMPLAINT);
    assertThat(task(instance).getDueDate()).isEqualTo(Date.from(CleanSlate.TODAY.plus(Duration.ofDays(1))));
    assertThat(jdbc.queryForList("select recipient from notification where subject like '重大投诉 KF-2026-0001%'", String.class))
        .containsExactlyInAnyOrder("yangjianguo", "xulan");
    assertThat(caseOf(instance).trail()).extracting(TrailEntry::action).contains("重大投诉已报告管理层");
  }

  @Test
  void aLateDepartmentIsRemindedEscalatedToManagementAndLosesPoints() {
    ProcessInstance instance = complaintAtTheDepartment("SERIOUS");
    String task = task(instance).getId();

    patrolAt(Duration.ofHours(62)); // within the 12 hours before the 3 days are up
    assertThat(recipients("deadline-reminder:" + task)).containsExactlyInAnyOrder("hejing", "qianjun");
    patrolAt(Duration.ofHours(73));
    assertThat(recipients("escalation:" + task)).containsExactlyInAnyOrder("yangjianguo", "xulan");
    assertThat(candidateGroups(instance)).containsExactlyInAnyOrder("rnd", "management");

    complete(RND, instance, Map.of(HANDLING_RESULT, "已处理。"));
    CustomerCase late = caseOf(instance);
    assertThat(late.handledLate()).isTrue();
    assertThat(late.trail()).extracting(TrailEntry::action).contains("逾期处理完毕");
    complete(RECORDER, instance, Map.of(CUSTOMER_REPLY, "已答复。"));
    complete(RECORDER, instance, Map.of(SATISFACTION, "SATISFIED"));
    complete(RECORDER, instance, Map.of(ANALYSIS, "研发部答复客户不及时。", IMPROVEMENTS, "研发部指定客户问题接口人。",
        DEPARTMENT_AT_FAULT, true));

    assertThat(jdbc.queryForList("select points || ' ' || reason from performance_ledger where department = 'rnd'"
        + " and case_number = 'KF-2026-0001' order by id", String.class))
        .containsExactly("-2 投诉逾期处理：KF-2026-0001 第 1 轮", "-3 有责投诉：KF-2026-0001");
  }

  @Test
  void theCaseAnalysisStartsARectificationThatTheCaseOwnerAccepts() {
    ProcessInstance instance = complaintAtTheDepartment("SERIOUS");
    complete(RND, instance, Map.of(HANDLING_RESULT, "已处理。"));
    complete(RECORDER, instance, Map.of(CUSTOMER_REPLY, "已答复。"));
    complete(RECORDER, instance, Map.of(SATISFACTION, "FAIRLY_SATISFIED"));
    assertThatThrownBy(() -> complete(RECORDER, instance, Map.of(ANALYSIS, "研发部发布前未做大数据量测试。",
        IMPROVEMENTS, "建立发布前检查。", NEEDS_RECTIFICATION, true))).hasMessageContaining("请填写整改要求");
    complete(RECORDER, instance, Map.of(ANALYSIS, "研发部发布前未做大数据量测试。", IMPROVEMENTS, "建立发布前检查。",
        NEEDS_RECTIFICATION, true, RECTIFICATION_REQUIREMENT, "建立报表发布前的大数据量测试制度。"));

    assertThat(caseOf(instance).rectification()).isEqualTo("KF-2026-0001-1");
    assertThat(caseOf(instance).trail()).extracting(TrailEntry::action).last().isEqualTo("启动整改 KF-2026-0001-1");
    ProcessInstance rectification = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("KF-2026-0001-1").singleResult();
    assertThat(rectification).isWaitingAt("Task_PlanRectification");
    assertThat(candidateGroups(rectification)).containsExactly("rnd");
    assertThat(engine.getRuntimeService().getVariable(rectification.getId(), "findingDescription"))
        .isEqualTo("建立报表发布前的大数据量测试制度。");

    complete(RND, rectification, Map.of("measures", "发布前跑十万行导出测试", "rectificationResponsible", "何静",
        "rectificationDeadline", "2026-12-20"));
    complete(RND, rectification, Map.of("completionReport", "制度已发布，测试已纳入流水线。"));
    var deadline = engine.getManagementService().createJobQuery().processInstanceId(rectification.getId())
        .activityId("Timer_RectificationDeadline").singleResult();
    engine.getManagementService().executeJob(deadline.getId());
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(rectification).getId()))
        .extracting(IdentityLink::getUserId).containsExactly(RECORDER);
    complete(RECORDER, rectification, Map.of("acceptance", "PASS"));

    assertThat(rectification).isEnded();
    assertThat(jdbc.queryForList("select points || ' ' || reason from performance_ledger where department = 'rnd'"
        + " and person is null and audit_number = 'KF-2026-0001'", String.class))
        .containsExactly("3 整改一次验收通过：KF-2026-0001 第 1 项问题");
  }

  @Test
  void aDepartmentInTimeAndNotAtFaultLosesNothing() {
    ProcessInstance instance = complaintAtTheDepartment("GENERAL");
    complete(RND, instance, Map.of(HANDLING_RESULT, "已处理。"));
    complete(RECORDER, instance, Map.of(CUSTOMER_REPLY, "已答复。"));
    complete(RECORDER, instance, Map.of(SATISFACTION, "SATISFIED"));
    complete(RECORDER, instance, Map.of(ANALYSIS, "客户误操作。", IMPROVEMENTS, "完善操作指引。", DEPARTMENT_AT_FAULT, false));

    assertThat(jdbc.queryForObject("select count(*) from performance_ledger", Integer.class)).isZero();
  }

  void patrolAt(Duration afterStart) {
    ClockUtil.setCurrentTime(Date.from(CleanSlate.TODAY.plus(afterStart)));
    var patrol = engine.getManagementService().createJobQuery().processDefinitionKey("task-deadline-patrol").singleResult();
    engine.getManagementService().executeJob(patrol.getId());
  }

  List<String> recipients(String eventKeyPrefix) {
    return jdbc.queryForList("select recipient from notification where event_key like ?", String.class, eventKeyPrefix + "%");
  }

  Map<String, Object> changeRequest() {
    Map<String, Object> intake = contact("CHANGE_REQUEST", null);
    intake.put(RESPONSIBLE_DEPARTMENT, "rnd");
    intake.put(PROJECT_NAME, "华东贸易报表系统");
    intake.put(DESCRIPTION, "客户要求增加按区域汇总的报表。");
    return intake;
  }

  Map<String, Object> assessment(int days, double cost) {
    return Map.of(SCOPE_IMPACT, "新增一张报表。", TIME_IMPACT_DAYS, days, COST_IMPACT, cost, CHANGE_SOLUTION, "下一版本交付区域汇总报表。");
  }

  static Map<String, Object> decision(String code, String comment) {
    Map<String, Object> decision = new HashMap<>();
    decision.put(DECISION, code);
    decision.put(DECISION_COMMENT, comment);
    return decision;
  }

  @Test
  void aSmallChangeIsApprovedByTheHeadAndCommunicated() {
    ProcessInstance instance = record(RECORDER, changeRequest());
    assertThat(instance).isWaitingAt(ASSESS_CHANGE);
    assertThat(candidateGroups(instance)).containsExactly("rnd");
    complete(RND, instance, assessment(10, 20000));

    assertThat(candidateGroups(instance)).containsExactly("rndHead");
    complete(RND_HEAD, instance, decision("APPROVE", null));

    assertThat(instance).isWaitingAt(COMMUNICATE_CHANGE).hasNotPassed(REVIEW_CHANGE_BY_MANAGEMENT);
    complete(RND, instance, Map.of(CUSTOMER_REPLY, "已告知客户下一版本交付。"));
    assertThat(instance).isEnded().hasPassed(END_CHANGE_CLOSED);
    assertThat(caseOf(instance).trail()).extracting(TrailEntry::action)
        .containsExactly("登记变更需求（来电）", "提交", "同意", "已告知客户变更方案");
  }

  @ParameterizedTest(name = "{0} days, {1} 元 → 管理层")
  @CsvSource({"10, 80000", "45, 0"})
  void aChangeAboveTheThresholdNeedsManagementToo(int days, double cost) {
    ProcessInstance instance = record(RECORDER, changeRequest());
    complete(RND, instance, assessment(days, cost));
    complete(RND_HEAD, instance, decision("APPROVE", null));

    assertThat(instance).isWaitingAt(REVIEW_CHANGE_BY_MANAGEMENT);
    complete(MANAGEMENT, instance, decision("APPROVE", "同意增加预算"));
    complete(RND, instance, Map.of(CUSTOMER_REPLY, "已告知客户。"));
    assertThat(caseOf(instance).trail()).extracting(TrailEntry::action).containsSubsequence("同意", "同意", "已告知客户变更方案");
  }

  @Test
  void aReturnedChangeIsReassessedAndARejectedOneIsStillToldToTheCustomer() {
    ProcessInstance instance = record(RECORDER, changeRequest());
    complete(RND, instance, assessment(10, 80000));
    complete(RND_HEAD, instance, decision("RETURN", "成本估算过高，请复核"));
    assertThat(instance).isWaitingAt(ASSESS_CHANGE);
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.ASSESSING);

    complete(RND, instance, assessment(10, 60000));
    complete(RND_HEAD, instance, decision("APPROVE", null));
    complete(MANAGEMENT, instance, decision("REJECT", "超出合同范围"));

    assertThat(instance).isWaitingAt(COMMUNICATE_CHANGE);
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.REJECTED);
    complete(RND, instance, Map.of(CUSTOMER_REPLY, "已向客户说明超出合同范围。"));
    assertThat(caseOf(instance).trail()).extracting(TrailEntry::action)
        .containsSubsequence("退回修改", "修改后重新提交", "同意", "驳回", "已告知客户未获批准");
  }

  @Test
  void badIntakeIsRefusedInChineseAndNothingIsSaved() {
    Map<String, Object> bad = contact("COMPLAINT", null);
    bad.put(CUSTOMER_NAME, " ");
    bad.put(CUSTOMER_CONTACT, "打电话");
    bad.put(CHANNEL, "FAX");

    assertThatThrownBy(() -> record(RECORDER, bad)).isInstanceOf(SubmissionRefused.class)
        .hasMessageContainingAll("请填写客户姓名", "既不是电话号码也不是电子邮箱", "请选择反馈渠道", "投诉须选择严重程度");
    Map<String, Object> change = contact("CHANGE_REQUEST", null);
    assertThatThrownBy(() -> record(RECORDER, change)).hasMessageContaining("变更需求须选择负责该项目的部门");
    assertThat(cases.count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CustomerCaseProcess.KEY).count()).isZero();
  }

  @Test
  void aStepWithoutWhatItNeedsStaysOpen() {
    ProcessInstance instance = record(RECORDER, contact("ENQUIRY", null));
    assertThatThrownBy(() -> complete(RECORDER, instance, Map.of(ENQUIRY_HANDLING, "TRANSFER", RESPONSIBLE_DEPARTMENT, "nowhere")))
        .hasMessage("转交部门解答时，请选择由哪个部门解答。");
    assertThatThrownBy(() -> complete(RECORDER, instance, Map.of(ENQUIRY_HANDLING, "ANSWER")))
        .hasMessageContaining("请填写答复内容");
    assertThat(instance).isWaitingAt(ANSWER_ENQUIRY);
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.RECEIVED);
  }
}

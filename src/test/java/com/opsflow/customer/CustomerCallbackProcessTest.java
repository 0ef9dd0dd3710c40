package com.opsflow.customer;

import static com.opsflow.customer.CustomerCallbackProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.approval.TrailEntry;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.support.CleanSlate;
import com.opsflow.support.EngineTest;

/**
 * Every path of customer-callback-round.bpmn (CC-3.2.4): the round calls back the customers of closed cases after
 * their wait — 华东贸易有限公司, a key customer in application.yaml, after 7 days, everyone else after 30 — once
 * each; 冯涛 records the opinion, and what a customer raises becomes a new case linked to the old one.
 */
class CustomerCallbackProcessTest extends EngineTest {

  @Autowired
  CustomerCases cases;

  String closedEnquiry(String company) {
    Map<String, Object> intake = new HashMap<>();
    intake.put(CustomerCaseProcess.Variables.CUSTOMER_NAME, "陈先生");
    intake.put(CustomerCaseProcess.Variables.CUSTOMER_COMPANY, company);
    intake.put(CustomerCaseProcess.Variables.CUSTOMER_CONTACT, "13800138000");
    intake.put(CustomerCaseProcess.Variables.CHANNEL, "MAIL");
    intake.put(CustomerCaseProcess.Variables.CATEGORY, "ENQUIRY");
    intake.put(CustomerCaseProcess.Variables.DESCRIPTION, "询问报表能否按区域汇总。");
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CustomerCaseProcess.KEY).latestVersion().singleResult().getId();
    var instance = acting.as("fengtao", () -> engine.getFormService().submitStartForm(definition, intake));
    Task answer = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    acting.as("fengtao", () -> engine.getFormService().submitTaskForm(answer.getId(),
        Map.of(CustomerCaseProcess.Variables.ENQUIRY_HANDLING, "ANSWER", CustomerCaseProcess.Variables.ANSWER, "可以，下一版本提供。")));
    return instance.getBusinessKey();
  }

  List<Task> roundAt(Duration afterToday) {
    ClockUtil.setCurrentTime(Date.from(CleanSlate.TODAY.plus(afterToday)));
    var timer = engine.getManagementService().createJobQuery().processDefinitionKey(CustomerCallbackProcess.KEY).singleResult();
    engine.getManagementService().executeJob(timer.getId());
    return engine.getTaskService().createTaskQuery().taskName("客户回访").list();
  }

  Object local(Task task, String name) {
    return engine.getTaskService().getVariable(task.getId(), name);
  }

  @Test
  void keyCustomersAreCalledBackAfterAWeekOthersAfterAMonthEachOnce() {
    String key = closedEnquiry("华东贸易有限公司");
    String regular = closedEnquiry("西部物流有限公司");

    assertThat(roundAt(Duration.ofDays(6))).isEmpty();
    List<Task> afterAWeek = roundAt(Duration.ofDays(8));
    assertThat(afterAWeek).singleElement().satisfies(task -> {
      assertThat(local(task, CALLBACK_NUMBER)).isEqualTo(key);
      assertThat((String) local(task, CALLBACK_SUMMARY)).contains("陈先生（华东贸易有限公司），13800138000", "询问报表能否按区域汇总。",
          "答复客户：可以，下一版本提供。");
      assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId()).containsExactly("cs");
    });
    acting.as("fengtao", () -> engine.getFormService().submitTaskForm(afterAWeek.get(0).getId(), Map.of(OPINION, "很满意。")));

    List<Task> afterAMonth = roundAt(Duration.ofDays(31));
    assertThat(afterAMonth).singleElement().satisfies(task -> assertThat(local(task, CALLBACK_NUMBER)).isEqualTo(regular));
    CustomerCase called = cases.findByNumber(key).orElseThrow();
    assertThat(called.callbackOpinion()).isEqualTo("很满意。");
    assertThat(called.trail()).extracting(TrailEntry::action).last().isEqualTo("已回访");
  }

  @Test
  void whatACustomerRaisesInACallbackBecomesANewCaseLinkedToTheOldOne() {
    String old = closedEnquiry("华东贸易有限公司");
    Task callback = roundAt(Duration.ofDays(8)).get(0);

    assertThatThrownBy(() -> acting.as("fengtao", () -> engine.getFormService().submitTaskForm(callback.getId(),
        Map.of(OPINION, "报表还是慢。", RAISES_NEW_ISSUE, true, NEW_ISSUE_CATEGORY, "COMPLAINT"))))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请填写新问题的内容");
    acting.as("fengtao", () -> engine.getFormService().submitTaskForm(callback.getId(), Map.of(OPINION, "报表还是慢。",
        RAISES_NEW_ISSUE, true, NEW_ISSUE_CATEGORY, "COMPLAINT", NEW_ISSUE_SEVERITY, "GENERAL",
        NEW_ISSUE_DESCRIPTION, "按区域汇总的报表打开要一分钟。")));

    CustomerCase raised = cases.findByNumber("KF-2026-0002").orElseThrow();
    assertThat(raised.relatedCase()).isEqualTo(old);
    assertThat(raised.category()).isEqualTo(CaseCategory.COMPLAINT);
    assertThat(raised.customerCompany()).isEqualTo("华东贸易有限公司");
    assertThat(raised.recordedBy()).isEqualTo("fengtao");
    assertThat(raised.trail()).first().extracting(TrailEntry::comment).isEqualTo("回访 " + old + " 时客户提出");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("KF-2026-0002").singleResult())
        .satisfies(task -> assertThat(task.getName()).isEqualTo("安抚与调查核实"))
        .satisfies(task -> assertThat(task.getAssignee()).isEqualTo("fengtao"));
    assertThat(cases.findByNumber(old).orElseThrow().callbackOpinion()).isEqualTo("报表还是慢。");
  }

  @Test
  void aRoundWithNobodyToCallEndsAtOnce() {
    assertThat(roundAt(Duration.ofDays(40))).isEmpty();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CustomerCallbackProcess.KEY)
        .finished().count()).isPositive();
  }
}

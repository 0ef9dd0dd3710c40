package com.opsflow.risk.warning;

import static com.opsflow.risk.warning.RiskWarningProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.approval.cc.CarbonCopy;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.Refusal;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.notification.Notification;
import com.opsflow.notification.Notifications;
import com.opsflow.support.EngineTest;

/**
 * Every path of risk-warning.bpmn (OM-5.3, CC-3.3.4, SV-2.2.5, SV-5.3): 销售部's 月度销售额 falls below its warning
 * value — one warning, however many values follow while it is open; 运营部 returns the first answer and closes the
 * second; the next value past the threshold raises a new one. 客服部's complaints rise from 预警 to 报警 and 管理层 is
 * told; 财务部's overdue receivables start at 报警. A supervisor's warning goes to 管理层, who pass it to the department
 * or take note. The company clock stands at 2026-11-21.
 */
class RiskWarningProcessTest extends EngineTest {

  static final String SYSTEM = "bizdata";

  @Autowired
  IndicatorReadings readings;
  @Autowired
  RiskWarnings warnings;
  @Autowired
  IndicatorValues values;
  @Autowired
  CarbonCopies carbonCopies;
  @Autowired
  Notifications outbox;

  IndicatorReadings.Outcome post(Object... codePeriodValue) {
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < codePeriodValue.length; i += 3) {
      rows.add(Map.of("indicator", codePeriodValue[i], "period", codePeriodValue[i + 1], "value", codePeriodValue[i + 2]));
    }
    return acting.as(SYSTEM, () -> readings.record(rows, indicator -> true, SYSTEM, "经营数据系统"));
  }

  List<ProcessInstance> warningInstances() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RiskWarningProcess.KEY).list();
  }

  ProcessInstance instanceOf(String number) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RiskWarningProcess.KEY)
        .processInstanceBusinessKey(number).singleResult();
  }

  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void complete(String user, ProcessInstance instance, Map<String, Object> values) {
    String id = task(instance).getId();
    acting.as(user, () -> engine.getFormService().submitTaskForm(id, values));
  }

  RiskWarning warning(String number) {
    return warnings.findByNumber(number).orElseThrow();
  }

  List<String> copiedTo(ProcessInstance instance) {
    return carbonCopies.copiesOf(instance.getId()).stream().map(CarbonCopy::recipient).sorted().toList();
  }

  @Test
  void aValuePastItsThresholdRaisesOneWarningThatTheResponseCloses() {
    assertThat(post("SALES-REVENUE", "2026-09", 900).warnings()).isEmpty(); // within bounds: nothing
    IndicatorReadings.Outcome first = post("SALES-REVENUE", "2026-10", 750);
    assertThat(first.warnings()).containsExactly("YJ-2026-001");
    ProcessInstance instance = instanceOf("YJ-2026-001");
    assertThat(instance).isWaitingAt(ANALYSE).task().hasCandidateGroup("sales");
    assertThat(instance).variables().containsEntry("warningLevel", "预警").containsEntry("departmentName", "销售部")
        .containsEntry("warningSubject", "月度销售额达到预警值");
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "warningDescription"))
        .isEqualTo("月度销售额 2026-10 为 750 万元，预警值 800 万元、报警值 600 万元（低于即预警）。");
    assertThat(copiedTo(instance)).as("a 预警 stays with the department").isEmpty();

    // another value past the threshold while it is open, and the same value posted again: still one warning
    IndicatorReadings.Outcome second = post("SALES-REVENUE", "2026-11", 700);
    assertThat(second.warnings()).containsExactly("YJ-2026-001");
    IndicatorReadings.Outcome again = post("SALES-REVENUE", "2026-11", 700);
    assertThat(again).extracting(IndicatorReadings.Outcome::recorded, IndicatorReadings.Outcome::revised,
        IndicatorReadings.Outcome::unchanged).containsExactly(0, 0, 1);
    assertThat(again.warnings()).isEmpty();
    assertThat(warningInstances()).hasSize(1);
    assertThat(warning("YJ-2026-001").readings()).extracting(WarningReading::period, r -> r.reading().intValue())
        .containsExactly(tuple("2026-10", 750), tuple("2026-11", 700));
    assertThat(FieldChecks.rows(engine.getRuntimeService().getVariable(instance.getId(), "readingsView")))
        .extracting(row -> row.get("period"), row -> row.get("value"))
        .containsExactly(tuple("2026-10", "750"), tuple("2026-11", "700"));

    assertThatThrownBy(() -> complete("sunli", instance, Map.of("measures", "加大华东渠道促销")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("原因分析");
    complete("sunli", instance, Map.of("cause", "两家大客户推迟签约", "measures", "加大华东渠道促销"));
    assertThat(instance).isWaitingAt(CHECK).task().hasCandidateGroup("ops");
    assertThatThrownBy(() -> complete("wulei", instance, Map.of("decision", "REJECT", "decisionComment", "不行")))
        .isInstanceOf(SubmissionRefused.class);
    complete("wulei", instance, Map.of("decision", "RETURN", "decisionComment", "请写明措施的责任人和完成时间"));
    assertThat(instance).isWaitingAt(ANALYSE);
    assertThat(warning("YJ-2026-001").status()).isEqualTo(WarningStatus.RETURNED);
    complete("sunli", instance, Map.of("cause", "两家大客户推迟签约",
        "measures", "孙丽负责，12 月 15 日前完成华东渠道促销并跟进两家客户签约"));
    complete("wulei", instance, Map.of("decision", "APPROVE"));
    assertThat(instance).isEnded().hasPassed(END_CLOSED);
    RiskWarning closed = warning("YJ-2026-001");
    assertThat(closed.status()).isEqualTo(WarningStatus.CLOSED);
    assertThat(closed.measures()).startsWith("孙丽负责");
    assertThat(closed.trail()).extracting(entry -> entry.action()).contains("预警", "提交", "退回修改", "修改后重新提交", "同意");

    // closed: the indicator's next value past the threshold is a new warning
    assertThat(post("SALES-REVENUE", "2026-11", 650).warnings()).containsExactly("YJ-2026-002");
    assertThat(instanceOf("YJ-2026-002")).isWaitingAt(ANALYSE);
  }

  @Test
  void aWarningThatReachesItsAlarmValueGoesTo管理层() {
    post("COMPLAINT-COUNT", "2026-10", 12);
    ProcessInstance complaints = instanceOf("YJ-2026-001");
    assertThat(copiedTo(complaints)).isEmpty();
    post("COMPLAINT-COUNT", "2026-11", 25);
    assertThat(warningInstances()).hasSize(1);
    assertThat(warning("YJ-2026-001").level()).isEqualTo(WarningLevel.ALARM);
    assertThat(complaints).hasPassed(REPORT_ALARM).isWaitingAt(ANALYSE);
    assertThat(copiedTo(complaints)).containsExactly("xulan", "yangjianguo");
    assertThat(engine.getRuntimeService().getVariable(complaints.getId(), "warningLevel")).isEqualTo("报警");
    assertThat(outbox.findByRecipientOrderById("yangjianguo")).extracting(Notification::subject)
        .anyMatch(subject -> subject.contains("风险预警（YJ-2026-001）"));
    post("COMPLAINT-COUNT", "2026-09", 30); // a later 报警 value: added, not told twice
    assertThat(copiedTo(complaints)).containsExactly("xulan", "yangjianguo");
    assertThat(warning("YJ-2026-001").readings()).hasSize(3);

    post("RECEIVABLE-OVERDUE", "2026-11", 450.5);
    ProcessInstance receivables = instanceOf("YJ-2026-002");
    assertThat(receivables).hasPassed(ANNOUNCE_WARNING).isWaitingAt(ANALYSE).task().hasCandidateGroup("fin");
    assertThat(copiedTo(receivables)).containsExactly("xulan", "yangjianguo");
    assertThat(warning("YJ-2026-002").level()).isEqualTo(WarningLevel.ALARM);
  }

  @Test
  void aSupervisorWarns管理层WhoPassItToTheDepartmentOrTakeNote() {
    ProcessInstance passed = acting.as("kongming", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(RiskWarningProcess.KEY));
    assertThat(passed).isWaitingAt(DRAFT).task().isAssignedTo("kongming");
    assertThatThrownBy(() -> complete("kongming", passed, Map.of("department", "nowhere", "warningSubject", "")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请选择预警涉及的部门")
        .hasMessageContaining("预警事项");
    complete("kongming", passed, Map.of("department", "rnd", "warningSubject", "研发部多个项目连续延期",
        "warningDescription", "三个客户项目延期超过两周，客户已投诉。"));
    assertThat(passed).isWaitingAt(INSTRUCT).task().hasCandidateGroup("management");
    assertThat(engine.getRuntimeService().getVariable(passed.getId(), "warningNumber")).isEqualTo("YJ-2026-001");
    assertThat(instanceOf("YJ-2026-001").getId()).isEqualTo(passed.getId());
    assertThatThrownBy(() -> complete("yangjianguo", passed, Map.of("warningInstruction", "RESPOND")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("批示意见");
    assertThatThrownBy(() -> complete("yangjianguo", passed, Map.of("warningInstruction", "LATER")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("交部门应对或知悉");
    complete("yangjianguo", passed, Map.of("warningInstruction", "RESPOND", "instructionComment", "研发部一周内拿出整改措施"));
    assertThat(passed).isWaitingAt(ANALYSE).task().hasCandidateGroup("rnd");
    assertThatThrownBy(() -> complete("hejing", passed, Map.of("cause", "需求变更未评估工期",
        "measures", "变更须经项目经理评估工期后确认", "department", "ops")))
        .as("a REST client moving the warning to another department").isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("此环节的表单没有这些字段，不能提交：department");
    complete("hejing", passed, Map.of("cause", "需求变更未评估工期", "measures", "变更须经项目经理评估工期后确认"));
    assertThat(engine.getRuntimeService().getVariable(passed.getId(), "department")).isEqualTo("rnd");
    complete("wulei", passed, Map.of("decision", "APPROVE"));
    assertThat(passed).isEnded().hasPassed(END_CLOSED);
    assertThat(warning("YJ-2026-001")).extracting(RiskWarning::kind, RiskWarning::status, RiskWarning::raisedBy,
        RiskWarning::instruction).containsExactly(WarningKind.SUPERVISION, WarningStatus.CLOSED, "kongming",
        "研发部一周内拿出整改措施");

    ProcessInstance noted = acting.as("caoyun", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(RiskWarningProcess.KEY));
    complete("caoyun", noted, Map.of("department", "hr", "warningSubject", "核心岗位人员流失",
        "warningDescription", "本季度两名核心骨干离职。"));
    complete("xulan", noted, Map.of("warningInstruction", "NOTE"));
    assertThat(noted).isEnded().hasPassed(END_CLOSED).hasNotPassed(ANALYSE);
    assertThat(warning("YJ-2026-002").status()).isEqualTo(WarningStatus.NOTED);
  }

  @Test
  void aBatchWithOneBadValueIsRefusedWholeAndNothingIsSaved() {
    assertThatThrownBy(() -> post("SALES-REVENUE", "2026-11", 500, "NO-SUCH", "2026-11", 1,
        "COMPLAINT-COUNT", "2027-01", 3, "COMPLAINT-COUNT", "2026-13", 3, "STAFF-TURNOVER", "2026-11", "五"))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("有 4 处问题，未保存任何数值")
        .hasMessageContaining("第 2 个数值：指标“NO-SUCH”不存在")
        .hasMessageContaining("第 3 个数值：期间 2027-01 尚未到来")
        .hasMessageContaining("第 4 个数值：期间应为年月")
        .hasMessageContaining("第 5 个数值：数值应为数字，而不是“五”");
    assertThat(values.count()).isZero();
    assertThat(warningInstances()).isEmpty();
    assertThatThrownBy(() -> post("SALES-REVENUE", "2026-11", 500, "SALES-REVENUE", "2026-11", 900))
        .hasMessageContaining("出现两个不同的数值");
    assertThatThrownBy(() -> post("SALES-REVENUE", "2026-11", new BigDecimal("1.23456")))
        .hasMessageContaining("最多四位小数");
    assertThatThrownBy(() -> acting.as("sunli", () -> readings.record(
        List.of(Map.of("indicator", "COMPLAINT-COUNT", "period", "2026-11", "value", 3)),
        indicator -> indicator.department().equals("sales"), "sunli", "数据报送")))
        .hasMessageContaining("属于客服部，您不能提交");
    assertThat(values.count()).isZero();
  }
}

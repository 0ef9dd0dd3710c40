package com.opsflow.risk;

import static com.opsflow.risk.RiskAssessmentProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

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
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

import com.opsflow.approval.TrailEntry;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.support.EngineTest;

/**
 * Every path of risk-assessment-round.bpmn and risk-assessment.bpmn (OM-5.1): the quarterly timer opens an assessment
 * for every department; 市场部's 王芳 identifies two risks, one 重大 by the risk matrix; 李娜 returns once and approves,
 * 运营部's 吴磊 registers them, 管理层 acknowledges the 重大 one; next quarter the same risk is reassessed, not entered
 * again; 运营部 may return too; the refusals. The company clock stands at 2026-11-21 (2026年第4季度).
 */
class RiskAssessmentProcessTest extends EngineTest {

  @Autowired
  Risks risks;
  @Autowired
  RiskReports reports;
  @Autowired
  TestRestTemplate http;

  /** The round's timer falls due: one assessment per department, each started in a job of its own. */
  List<ProcessInstance> openRound() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(RiskRoundProcess.KEY).timers()
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    // the call is asynchronous: one job for the multi-instance body, then one per department
    for (List<Job> due; !(due = engine.getManagementService().createJobQuery().processDefinitionKey(RiskRoundProcess.KEY)
        .messages().list()).isEmpty(); ) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RiskAssessmentProcess.KEY)
        .active().list();
  }

  ProcessInstance of(List<ProcessInstance> assessments, String department) {
    return assessments.stream()
        .filter(i -> department.equals(engine.getRuntimeService().getVariable(i.getId(), "department"))).findFirst()
        .orElseThrow();
  }

  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void complete(String user, ProcessInstance instance, Map<String, Object> values) {
    String id = task(instance).getId();
    acting.as(user, () -> engine.getFormService().submitTaskForm(id, values));
  }

  static VariableMap risks(String... rows) {
    return Variables.createVariables().putValue("risks", SpinValues.jsonValue("[" + String.join(",", rows) + "]").create());
  }

  static String risk(String existing, String category, String description, Object likelihood, Object impact) {
    return "{\"existingRisk\":%s,\"category\":\"%s\",\"description\":\"%s\",\"likelihood\":\"%s\",\"impact\":\"%s\"}"
        .formatted(existing == null ? "null" : "\"" + existing + "\"", category, description, likelihood, impact);
  }

  static Map<String, Object> decision(String code, String comment) {
    VariableMap values = Variables.createVariables().putValue("decision", code);
    return comment == null ? values : values.putValue("decisionComment", comment);
  }

  @Test
  void aRoundFillsTheRegisterAndTheNextOneReassessesInsteadOfDuplicating() {
    List<ProcessInstance> round = openRound();
    assertThat(round).hasSize(8);
    ProcessInstance mkt = of(round, "mkt");
    assertThat(mkt).isWaitingAt(IDENTIFY).task().hasCandidateGroup("mkt");
    assertThat(mkt).variables().containsEntry("riskRound", "2026Q4").containsEntry("riskRoundLabel", "2026年第4季度");

    complete("wangfang", mkt, risks(risk(null, "MARKET", "竞品降价导致华东份额下滑", 4, 5),
        risk(null, "INFORMATION_SECURITY", "客户名单外泄", 2, 2)));
    assertThat(mkt).isWaitingAt(REVIEW_BY_HEAD).task().hasCandidateGroup("mktHead");
    assertThat(FieldChecks.rows(engine.getRuntimeService().getVariable(mkt.getId(), "risksView")))
        .extracting(row -> row.get("description"), row -> row.get("level"))
        .containsExactly(tuple("竞品降价导致华东份额下滑", "重大"), tuple("客户名单外泄", "低"));
    complete("lina", mkt, decision("RETURN", "请补充渠道风险"));
    assertThat(mkt).isWaitingAt(IDENTIFY);
    complete("wangfang", mkt, risks(risk(null, "MARKET", "竞品降价导致华东份额下滑", 4, 5),
        risk(null, "INFORMATION_SECURITY", "客户名单外泄", 2, 2), risk(null, "OPERATIONS", "渠道商回款延迟", 3, 3)));
    complete("lina", mkt, decision("APPROVE", null));
    assertThat(mkt).isWaitingAt(CONSOLIDATE).task().hasCandidateGroup("ops");
    complete("wulei", mkt, decision("APPROVE", null));

    assertThat(mkt).isWaitingAt(ACKNOWLEDGE_MAJOR).task().hasCandidateGroup("management");
    assertThat(risks.findAll()).extracting(Risk::number, Risk::department, Risk::level).containsExactlyInAnyOrder(
        tuple("FX-2026-001", "mkt", RiskLevel.MAJOR), tuple("FX-2026-002", "mkt", RiskLevel.LOW),
        tuple("FX-2026-003", "mkt", RiskLevel.MEDIUM));
    complete("yangjianguo", mkt, Map.of("acknowledgement", "请市场部制定应对方案"));
    assertThat(mkt).isEnded().hasPassed(END);
    Risk major = risks.findAll().stream().filter(r -> r.level() == RiskLevel.MAJOR).findFirst().orElseThrow();
    assertThat(major.acknowledgedBy()).isEqualTo("yangjianguo");
    RiskReport report = reports.findAll().stream().filter(r -> r.department().equals("mkt")).findFirst().orElseThrow();
    assertThat(report.number()).isEqualTo("FXPG-2026Q4-MKT");
    assertThat(report.status()).isEqualTo(RiskReportStatus.REGISTERED);
    assertThat(report.trail()).extracting(TrailEntry::step, TrailEntry::action).startsWith(
        tuple("风险识别与评估", "提交"), tuple("部门负责人审核风险", "退回修改"), tuple("风险识别与评估", "修改后重新提交"),
        tuple("部门负责人审核风险", "同意"), tuple("运营部汇总风险", "同意"));

    // the next round: 市场部 reassesses the 重大 risk (now 高) from the register, and names one new risk
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RiskAssessmentProcess.KEY).active().list()
        .forEach(i -> engine.getRuntimeService().deleteProcessInstance(i.getId(), "test: the first round is over"));
    List<ProcessInstance> next = openRound();
    ProcessInstance again = of(next, "mkt");
    assertThat(FieldChecks.rows(engine.getRuntimeService().getVariable(again.getId(), "existingRiskOptions")))
        .extracting(o -> o.get("label")).hasSize(3).first().asString().startsWith("FX-2026-001 市场：竞品降价");
    complete("wangfang", again, risks(risk(String.valueOf(major.id()), "MARKET", "竞品降价导致华东份额下滑", 3, 4),
        risk(null, "LEGAL", "新广告法下的宣传用语", 2, 3)));
    complete("lina", again, decision("APPROVE", null));
    complete("wulei", again, decision("APPROVE", null));
    assertThat(again).isEnded().hasNotPassed(ACKNOWLEDGE_MAJOR);
    assertThat(risks.count()).as("reassessed, not entered again").isEqualTo(4);
    Risk reassessed = risks.findById(major.id()).orElseThrow();
    assertThat(reassessed.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(reassessed.assessments()).extracting(RiskScore::level).containsExactly(RiskLevel.MAJOR, RiskLevel.HIGH);

    // 风险台账: 运营部 and 管理层 read every department's risks, a department its own, the highest levels first
    assertThat(ledger("wulei", "")).extracting(row -> row.get("number"), row -> row.get("level")).containsExactly(
        tuple("FX-2026-001", "高"), tuple("FX-2026-003", "中"), tuple("FX-2026-004", "中"), tuple("FX-2026-002", "低"));
    assertThat(ledger("xulan", "?level=中")).hasSize(2);
    assertThat(ledger("zhangwei", "")).as("市场部's staff read 市场部's risks").hasSize(4);
    assertThat(ledger("sunli", "")).as("销售部 has none of its own, and reads no other's").isEmpty();
    ResponseEntity<String> bad = http.withBasicAuth("wulei", "demo").exchange(RequestEntity.get("/api/risks?level=极高")
        .accept(MediaType.APPLICATION_JSON).build(), String.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("风险等级“极高”不存在");
    assertThat(http.withBasicAuth("yangjianguo", "demo").exchange(RequestEntity.get("/api/risks")
        .accept(MediaType.TEXT_HTML).build(), String.class).getBody()).contains("风险台账", "竞品降价导致华东份额下滑", "共 4 项");
    assertThat(http.getForEntity("/api/risks", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  List<Map<String, Object>> ledger(String user, String query) {
    return http.withBasicAuth(user, "demo").exchange(RequestEntity.get("/api/risks" + query)
        .accept(MediaType.APPLICATION_JSON).build(), new ParameterizedTypeReference<List<Map<String, Object>>>() { })
        .getBody();
  }

  @Test
  void operationsMayReturnTheReportToTheDepartment() {
    ProcessInstance sales = of(openRound(), "sales");
    complete("sunli", sales, risks(risk(null, "FINANCE", "大客户回款逾期", 3, 2)));
    complete("zhaoqiang", sales, decision("APPROVE", null));
    complete("wulei", sales, decision("RETURN", "影响程度偏低，请重新评估"));
    assertThat(sales).isWaitingAt(IDENTIFY).task().hasCandidateGroup("sales");
    assertThat(risks.count()).isZero();
    complete("sunli", sales, risks(risk(null, "FINANCE", "大客户回款逾期", 3, 4)));
    complete("zhaoqiang", sales, decision("APPROVE", null));
    complete("wulei", sales, decision("APPROVE", null));
    assertThat(sales).isEnded();
    assertThat(risks.findAll()).singleElement().extracting(Risk::level).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void whatCannotBeAssessedIsRefusedInChineseAndNothingIsSaved() {
    List<ProcessInstance> round = openRound();
    ProcessInstance hr = of(round, "hr");
    assertThatThrownBy(() -> complete("jiangyan", hr, risks(risk(null, "WEATHER", " ", 0, 6), risk("999", "HR", "关键岗位流失", "高", 3))))
        .isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("第 1 项风险请选择风险类别")
        .hasMessageContaining("请填写第 1 项风险的风险描述")
        .hasMessageContaining("第 1 项风险的可能性须为 1 至 5 的整数")
        .hasMessageContaining("第 1 项风险的影响程度须为 1 至 5 的整数")
        .hasMessageContaining("第 2 项风险所选的台账风险“999”不是本部门台账中的风险")
        .hasMessageContaining("第 2 项风险的可能性须为 1 至 5 的整数");
    assertThatThrownBy(() -> complete("jiangyan", hr, risks())).isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("请至少识别一项风险");
    assertThat(hr).isWaitingAt(IDENTIFY);
    assertThat(reports.count()).isZero();
    assertThatThrownBy(() -> complete("wangfang", hr, risks(risk(null, "HR", "关键岗位流失", 3, 3))))
        .as("another department's staff cannot assess 人力资源部's risks")
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

    complete("jiangyan", hr, risks(risk(null, "HR", "关键岗位流失", 3, 3)));
    assertThatThrownBy(() -> complete("weihua", hr, decision("REJECT", "不需要")))
        .hasMessageContaining("此环节不能选择“驳回”");
    assertThatThrownBy(() -> complete("weihua", hr, decision("RETURN", null)))
        .hasMessageContaining("退回修改时必须填写审批意见");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(hr).getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("hrHead");
  }
}

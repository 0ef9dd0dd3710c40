package com.opsflow.risk;

import static com.opsflow.risk.RiskResponseProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.support.EngineTest;

/**
 * Every path of risk-response.bpmn (OM-5.2), opened by the assessment for each registered risk of level 中 and above:
 * 市场部 reduces its 中 risk — 张伟 reports, 运营部 returns once and passes it; it accepts its 重大 risk — 管理层
 * returns the acceptance once and approves it the second time; a 低 risk gets no response, a reassessed risk no second
 * one while its first is under way; the ledger's response columns and filters, overdue included; the refusals.
 */
class RiskResponseProcessTest extends EngineTest {

  @Autowired
  Risks risks;
  @Autowired
  RiskResponses responses;
  @Autowired
  TestRestTemplate http;

  ProcessInstance assess(String department, String round, String... rows) {
    ProcessInstance assessment = engine.getRuntimeService().startProcessInstanceByKey(RiskAssessmentProcess.KEY,
        Map.of("department", department, "riskRound", round, "riskRoundLabel", round));
    VariableMap identified = Variables.createVariables()
        .putValue("risks", SpinValues.jsonValue("[" + String.join(",", rows) + "]").create());
    complete("wangfang", assessment, identified);
    complete("lina", assessment, Map.of("decision", "APPROVE"));
    complete("wulei", assessment, Map.of("decision", "APPROVE"));
    return assessment;
  }

  static String risk(String existing, String category, String description, int likelihood, int impact) {
    return "{\"existingRisk\":%s,\"category\":\"%s\",\"description\":\"%s\",\"likelihood\":\"%d\",\"impact\":\"%d\"}"
        .formatted(existing == null ? "null" : "\"" + existing + "\"", category, description, likelihood, impact);
  }

  ProcessInstance response(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RiskResponseProcess.KEY)
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void complete(String user, ProcessInstance instance, Map<String, Object> values) {
    String id = task(instance).getId();
    acting.as(user, () -> engine.getFormService().submitTaskForm(id, values));
  }

  static Map<String, Object> plan(String strategy, String measures, String owner, String dueOn) {
    return Map.of("responseStrategy", strategy, "responseMeasures", measures, "responseOwner", owner,
        "responseDueOn", dueOn);
  }

  List<Map<String, Object>> ledger(String user, String query) {
    return http.withBasicAuth(user, "demo").exchange(RequestEntity.get("/api/risks" + query)
        .accept(MediaType.APPLICATION_JSON).build(), new ParameterizedTypeReference<List<Map<String, Object>>>() { })
        .getBody();
  }

  @Test
  void aReducedRiskIsCarriedOutReportedReturnedAndPassed() {
    ProcessInstance assessment = assess("mkt", "2026Q4", risk(null, "MARKET", "竞品降价导致华东份额下滑", 4, 5),
        risk(null, "INFORMATION_SECURITY", "客户名单外泄", 2, 2), risk(null, "OPERATIONS", "渠道商回款延迟", 3, 3));
    assertThat(assessment).hasPassed(RiskAssessmentProcess.Elements.OPEN_RESPONSES);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RiskResponseProcess.KEY)
        .list()).extracting(ProcessInstance::getBusinessKey).as("重大 and 中 get a response, 低 none")
        .containsExactlyInAnyOrder("YD-2026-001-1", "YD-2026-003-1");

    ProcessInstance reduce = response("YD-2026-003-1");
    assertThat(reduce).isWaitingAt(PLAN).task().hasCandidateGroup("mkt");
    assertThat(reduce).variables().containsEntry("riskNumber", "FX-2026-003").containsEntry("riskLevel", "中")
        .containsEntry("riskDescription", "渠道商回款延迟");
    assertThatThrownBy(() -> complete("wangfang", reduce, plan("LATER", "", "sunli", "2026-11-20")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请选择应对策略")
        .hasMessageContaining("应对措施").hasMessageContaining("请从本部门人员中选择责任人")
        .hasMessageContaining("完成期限应在今天之后");
    assertThat(reduce).isWaitingAt(PLAN);
    complete("wangfang", reduce, plan("REDUCE", "与渠道商签订回款协议，逾期暂停供货", "zhangwei", "2026-12-31"));
    Task report = task(reduce);
    assertThat(report.getTaskDefinitionKey()).isEqualTo(REPORT);
    assertThat(report.getAssignee()).isEqualTo("zhangwei");
    assertThat(report.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-31T10:00:00Z")); // 18:00 in Shanghai
    assertThatThrownBy(() -> complete("zhangwei", reduce, Map.of("executionReport", " ")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("执行情况");
    complete("zhangwei", reduce, Map.of("executionReport", "已与 5 家渠道商签订回款协议"));
    assertThat(reduce).isWaitingAt(CHECK).task().hasCandidateGroup("ops");
    complete("wulei", reduce, Map.of("decision", "RETURN", "decisionComment", "还有 2 家未签"));
    assertThat(reduce).isWaitingAt(REPORT).task().isAssignedTo("zhangwei");
    assertThat(responses.findAll()).filteredOn(r -> r.number().equals("YD-2026-003-1")).extracting(RiskResponse::status)
        .containsExactly(ResponseStatus.EXECUTING);
    complete("zhangwei", reduce, Map.of("executionReport", "7 家渠道商全部签订回款协议"));
    complete("wulei", reduce, Map.of("decision", "APPROVE"));
    assertThat(reduce).isEnded().hasPassed(END);

    assertThat(ledger("lina", "?level=中")).extracting(row -> row.get("number"), row -> row.get("response"),
        row -> row.get("responseStatus"), row -> row.get("responseOwner"), row -> row.get("responseDue"))
        .containsExactly(tuple("FX-2026-003", "降低", "已完成", "张伟", "2026-12-31"));
    assertThat(ledger("lina", "?status=无应对")).extracting(row -> row.get("number")).containsExactly("FX-2026-002");
    assertThat(ledger("lina", "?status=待制定应对")).extracting(row -> row.get("number")).containsExactly("FX-2026-001");
  }

  @Test
  void acceptingARiskNeeds管理层AndAReassessmentOpensNoSecondResponse() {
    assess("mkt", "2026Q4", risk(null, "MARKET", "竞品降价导致华东份额下滑", 4, 5));
    ProcessInstance accept = response("YD-2026-001-1");
    complete("wangfang", accept, plan("ACCEPT", "行业性价格战，公司不跟进降价，按月监控份额", "wangfang", "2027-03-31"));
    assertThat(accept).isWaitingAt(APPROVE_ACCEPTANCE).task().hasCandidateGroup("management");
    complete("yangjianguo", accept, Map.of("decision", "RETURN", "decisionComment", "份额下滑影响年度目标，请制定降低措施或说明理由"));
    assertThat(accept).isWaitingAt(PLAN);
    assertThat(engine.getRuntimeService().getVariable(accept.getId(), "riskResponseStatus")).isEqualTo("待制定应对");

    // the next quarter reassesses it while its response is under way: no second response
    String existing = String.valueOf(risks.findAll().get(0).id());
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-05T02:00:00Z")));
    assess("mkt", "2027Q1", risk(existing, "MARKET", "竞品降价导致华东份额下滑", 4, 4));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RiskResponseProcess.KEY)
        .count()).isEqualTo(1);

    complete("wangfang", accept, plan("ACCEPT", "价格战预计两个季度内结束，不跟进降价；份额低于 20% 时改为降低策略", "lina",
        "2027-03-31"));
    complete("xulan", accept, Map.of("decision", "APPROVE", "decisionComment", "同意接受，按月报告份额"));
    assertThat(accept).isEnded().hasPassed(END).hasNotPassed(REPORT);
    RiskResponse accepted = responses.findAll().get(0);
    assertThat(accepted.status()).isEqualTo(ResponseStatus.ACCEPTED);
    assertThat(accepted.trail()).extracting(entry -> entry.action())
        .containsExactly("提交", "退回修改", "修改后重新提交", "同意");
  }

  @Test
  void theLedgerShowsAResponsePastItsDeadlineAsOverdue() {
    assess("mkt", "2026Q4", risk(null, "OPERATIONS", "渠道商回款延迟", 3, 3));
    complete("wangfang", response("YD-2026-001-1"), plan("REDUCE", "签订回款协议", "zhangwei", "2026-12-31"));
    assertThat(ledger("wulei", "?overdue=true")).isEmpty();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-02T02:00:00Z")));
    assertThat(ledger("wulei", "?overdue=true")).extracting(row -> row.get("number"), row -> row.get("responseStatus"))
        .containsExactly(tuple("FX-2026-001", "执行中"));
    assertThat(http.withBasicAuth("wulei", "demo").exchange(RequestEntity.get("/api/risks?overdue=true")
        .accept(MediaType.TEXT_HTML).build(), String.class).getBody()).contains("2026-12-31（已逾期）", "张伟");
    ResponseEntity<String> bad = http.withBasicAuth("wulei", "demo").exchange(RequestEntity.get("/api/risks?status=搁置")
        .accept(MediaType.APPLICATION_JSON).build(), String.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("应对状态“搁置”不存在");
  }
}

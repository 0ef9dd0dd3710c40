package com.opsflow.risk.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/**
 * The indicator intake for other systems (OM-5.3, CC-3.3.4) over HTTP, with authorizations on, to the done-when of
 * issue 21: 经营数据系统 posts 销售部's 月度销售额 below its warning value — exactly one warning in 销售部's Tasklist
 * however often it posts; 销售部 answers, 运营部 closes it; the 风险台账, the warning list and the 运营看板 show it
 * while open. Who may post, who reads which indicators, and bad input answered in Chinese with nothing saved.
 */
class RiskWarningRestTest extends EngineTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  IndicatorValues values;
  @Autowired
  RiskWarnings warnings;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  static Map<String, Object> batch(Object... codePeriodValue) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < codePeriodValue.length; i += 3) {
      rows.add(Map.of("indicator", codePeriodValue[i], "period", codePeriodValue[i + 1], "value", codePeriodValue[i + 2]));
    }
    return Map.of("values", rows);
  }

  List<Map<String, Object>> departmentTasks(String user, String department) {
    return as(user).list("/task?candidateGroup=" + department + "&processDefinitionKey=" + RiskWarningProcess.KEY).getBody();
  }

  @Test
  void aValuePostedPastItsThresholdRaisesOneWarningThatTheResponseCloses() {
    ResponseEntity<Map<String, Object>> posted = as("bizdata").apiPost("/indicator-values",
        batch("SALES-REVENUE", "2026-10", 750, "COMPLAINT-COUNT", "2026-10", 4));
    assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(posted.getBody()).containsEntry("received", 2).containsEntry("recorded", 2)
        .containsEntry("warnings", List.of("YJ-2026-001"));
    ResponseEntity<Map<String, Object>> again = as("bizdata").apiPost("/indicator-values",
        batch("SALES-REVENUE", "2026-10", 750, "COMPLAINT-COUNT", "2026-10", 4));
    assertThat(again.getBody()).containsEntry("recorded", 0).containsEntry("unchanged", 2).containsEntry("warnings", List.of());
    as("bizdata").apiPost("/indicator-values", batch("SALES-REVENUE", "2026-11", 720));
    assertThat(values.count()).isEqualTo(3);

    List<Map<String, Object>> salesTasks = departmentTasks("sunli", "sales");
    assertThat(salesTasks).hasSize(1).first().extracting(task -> task.get("name")).isEqualTo("原因分析与应对措施");
    assertThat(departmentTasks("lina", "sales")).as("another department's member sees nothing").isEmpty();
    assertThat(as("bizdata").list("/task").getBody()).as("the system has no work").isEmpty();

    // the register page, the warning list and the dashboard show it while open
    assertThat(as("zhoumin").page("/risks").getBody()).contains("未关闭的预警", "YJ-2026-001", "月度销售额达到预警值",
        "2026-11：720");
    assertThat(as("sunli").listApi("/risk-warnings?status=open")).extracting(row -> row.get("number"))
        .containsExactly("YJ-2026-001");
    assertThat(as("wangfang").listApi("/risk-warnings")).isEmpty();
    assertThat(dashboardWarnings()).containsExactly(Map.of("name", "销售部", "open", 1, "alarms", 0));

    String taskId = (String) salesTasks.get(0).get("id");
    assertThat(as("sunli").post("/task/" + taskId + "/submit-form", RestClient.variables(
        Map.of("cause", "两家大客户推迟签约"))).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as("sunli").post("/task/" + taskId + "/submit-form", RestClient.variables(
        Map.of("cause", "两家大客户推迟签约", "measures", "孙丽负责，月底前跟进签约"))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task check = engine.getTaskService().createTaskQuery().processDefinitionKey(RiskWarningProcess.KEY).singleResult();
    assertThat(check.getName()).isEqualTo("运营部审核预警应对");
    assertThat(as("sunli").post("/task/" + check.getId() + "/submit-form", RestClient.variables(
        Map.of("decision", "APPROVE"))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("wulei").post("/task/" + check.getId() + "/submit-form", RestClient.variables(
        Map.of("decision", "APPROVE"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(warnings.findByNumber("YJ-2026-001").orElseThrow().status()).isEqualTo(WarningStatus.CLOSED);
    assertThat(as("sunli").listApi("/risk-warnings?status=open")).isEmpty();
    assertThat(as("sunli").listApi("/risk-warnings?status=closed")).extracting(row -> row.get("status"))
        .containsExactly("已关闭");
    assertThat(dashboardWarnings()).isEmpty();
    assertThat(as("zhoumin").page("/risks").getBody()).contains("没有未关闭的预警");
  }

  /** Any task, any process: a REST client may set the fields of the task's form and nothing else. */
  @Test
  void aSubmissionSetsItsFormsFieldsAndNothingElse() {
    as("bizdata").apiPost("/indicator-values", batch("SALES-REVENUE", "2026-10", 750));
    String taskId = (String) departmentTasks("sunli", "sales").get(0).get("id");
    ResponseEntity<Map<String, Object>> forged = as("sunli").post("/task/" + taskId + "/submit-form",
        RestClient.variables(Map.of("cause", "两家大客户推迟签约", "measures", "跟进签约", "department", "ops",
            "warningId", 99)));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(forged.getBody().get("message")))
        .contains("此环节的表单没有这些字段，不能提交：department、warningId");
    ResponseEntity<Map<String, Object>> past = as("sunli").post("/task/" + taskId + "/complete",
        RestClient.variables(Map.of("cause", "两家大客户推迟签约", "measures", "跟进签约", "department", "ops")));
    assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(past.getBody().get("message"))).contains("请通过任务表单提交");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult()).as("still open").isNotNull();
    assertThat(engine.getRuntimeService().getVariable(
        engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId(), "department"))
        .isEqualTo("sales");
    assertThat(as("sunli").post("/task/" + taskId + "/submit-form", RestClient.variables(
        Map.of("cause", "两家大客户推迟签约", "measures", "跟进签约"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> dashboardWarnings() {
    Map<String, Object> risks = (Map<String, Object>) as("yangjianguo").api("/dashboard").getBody().get("risks");
    return (List<Map<String, Object>>) risks.get("openWarnings");
  }

  @Test
  void onlyTheIntakeSystemPostsAndBadInputIsRefusedInChineseWithNothingSaved() {
    assertThat(new RestClient(http, null, null).apiPost("/indicator-values", batch("SALES-REVENUE", "2026-11", 1))
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map<String, Object>> employee = as("sunli").apiPost("/indicator-values",
        batch("SALES-REVENUE", "2026-11", 1));
    assertThat(employee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("callcenter").apiPost("/indicator-values", batch("SALES-REVENUE", "2026-11", 1)).getStatusCode())
        .as("another system's user").isEqualTo(HttpStatus.FORBIDDEN);

    assertRefused(batch("NO-SUCH", "2026-11", 1), "指标“NO-SUCH”不存在");
    assertRefused(batch("SALES-REVENUE", "2026-11", "五百"), "数值应为数字，而不是“五百”");
    assertRefused(batch("SALES-REVENUE", "2027-01", 500), "期间 2027-01 尚未到来");
    assertRefused(batch("SALES-REVENUE", "11/2026", 500), "期间应为年月");
    assertRefused(Map.of("values", List.of(Map.of("indicator", "SALES-REVENUE", "period", "2026-11", "value", 1,
        "unit", "万元"))), "不认识的字段 unit");
    assertRefused(Map.of("rows", List.of()), "不认识的字段：rows");
    assertRefused(Map.of("values", "SALES-REVENUE=1"), "values 应为数值的列表");
    assertRefused(Map.of("values", List.of()), "请提交至少一个指标数值");
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      many.add(Map.of("indicator", "SALES-REVENUE", "period", "2026-11", "value", 900));
    }
    assertRefused(Map.of("values", many), "一次最多提交 1000 个指标数值，本次 10000 个");
    assertRefused(batch("SALES-REVENUE", "2026-11", 500, "COMPLAINT-COUNT", "2026-11", "x"), "未保存任何数值");
    assertThat(values.count()).isZero();
    assertThat(warnings.count()).isZero();
  }

  void assertRefused(Map<String, Object> body, String message) {
    ResponseEntity<Map<String, Object>> answer = as("bizdata").apiPost("/indicator-values", body);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(String.valueOf(answer.getBody().get("message"))).contains(message);
  }

  @Test
  void eachDepartmentReadsItsOwnIndicatorsAnd运营部AllWithTheirCharts() {
    as("bizdata").apiPost("/indicator-values", batch("SALES-REVENUE", "2026-09", 900, "SALES-REVENUE", "2026-10", 850,
        "SALES-REVENUE", "2026-11", 580));
    assertThat(as("sunli").listApi("/indicators")).extracting(row -> row.get("code")).containsExactly("SALES-REVENUE");
    assertThat(as("fengtao").listApi("/indicators")).extracting(row -> row.get("code")).containsExactly("COMPLAINT-COUNT");
    assertThat(as("wulei").listApi("/indicators")).hasSize(8);
    assertThat(as("hanxue").listApi("/indicators")).as("数据分析部 analyses every department's figures").hasSize(8);
    Map<String, Object> sales = as("sunli").listApi("/indicators").get(0);
    assertThat(sales).containsEntry("name", "月度销售额").containsEntry("unit", "万元").containsEntry("openWarning", "YJ-2026-001")
        .containsEntry("openWarningLevel", "报警");
    assertThat((List<Map<String, Object>>) sales.get("values")).extracting(point -> point.get("period"), point -> point.get("level"))
        .containsExactly(org.assertj.core.api.Assertions.tuple("2026-09", "正常"),
            org.assertj.core.api.Assertions.tuple("2026-10", "正常"), org.assertj.core.api.Assertions.tuple("2026-11", "报警"));
    String page = as("sunli").page("/indicators").getBody();
    assertThat(page).contains("月度销售额（万元）", "<svg", "polyline", "2026-11：580（报警）", "YJ-2026-001（报警）");
    assertThat(as("bizdata").page("/indicators").getBody()).contains("没有风险监控指标");
    assertThat(new RestClient(http, null, null).api("/indicators").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("sunli").api("/risk-warnings?status=maybe").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}

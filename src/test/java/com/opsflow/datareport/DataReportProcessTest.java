package com.opsflow.datareport;

import static com.opsflow.datareport.DataReportProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.approval.cc.CarbonCopy;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.notification.Notification;
import com.opsflow.notification.Notifications;
import com.opsflow.risk.warning.IndicatorReadings;
import com.opsflow.risk.warning.RiskWarningProcess;
import com.opsflow.support.EngineTest;

/**
 * Every path of data-report.bpmn and data-submission.bpmn (OC-2.3, OM-7, CC-3.3): the monthly timer asks the eight
 * departments for October's figures; 销售部 is late and chased, and its 月度销售额 below the warning value raises a
 * warning; 数据分析部 writes the report from the figures beside September's; 管理层 ask a question back, then take note,
 * and every department's head gets it. The company clock stands at 2026-11-21.
 */
class DataReportProcessTest extends EngineTest {

  /** A member of each department, who submits its figures, and the value each gives in October. */
  static final Map<String, Object[]> SUBMITTERS = new LinkedHashMap<>();

  static {
    SUBMITTERS.put("ops", new Object[] {"wulei", 93});
    SUBMITTERS.put("mkt", new Object[] {"wangfang", 9.6});
    SUBMITTERS.put("sales", new Object[] {"sunli", 750});
    SUBMITTERS.put("rnd", new Object[] {"hejing", 1});
    SUBMITTERS.put("cs", new Object[] {"fengtao", 8});
    SUBMITTERS.put("fin", new Object[] {"chuyang", 170});
    SUBMITTERS.put("hr", new Object[] {"jiangyan", 1.9});
    SUBMITTERS.put("data", new Object[] {"hanxue", 99.85});
  }

  @Autowired
  IndicatorReadings readings;
  @Autowired
  CarbonCopies carbonCopies;
  @Autowired
  Notifications outbox;
  @Autowired
  TestRestTemplate http;

  ProcessInstance openRound() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(DataReportProcess.KEY).timers()
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
    for (List<Job> due; !(due = engine.getManagementService().createJobQuery().processDefinitionKey(DataReportProcess.KEY)
        .messages().list()).isEmpty(); ) {
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DataReportProcess.KEY)
        .singleResult();
  }

  Task submission(String department) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(DataSubmissionProcess.KEY)
        .taskCandidateGroup(department).singleResult();
  }

  /** The form's rows as prefilled, each with the value typed in. */
  void submit(String department, Object value, String notes) {
    Task task = submission(department);
    List<Map<String, Object>> rows = FieldChecks.rows(engine.getTaskService().getVariable(task.getId(), "dataValues"));
    rows.forEach(row -> row.put("value", value));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("dataValues", json(rows));
    if (notes != null) {
      values.put("dataNotes", notes);
    }
    acting.as((String) SUBMITTERS.get(department)[0], () -> engine.getFormService().submitTaskForm(task.getId(), values));
  }

  static Object json(Object value) {
    try {
      return SpinValues.jsonValue(new ObjectMapper().writeValueAsString(value)).create();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void complete(String user, ProcessInstance instance, Map<String, Object> values) {
    String id = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    acting.as(user, () -> engine.getFormService().submitTaskForm(id, values));
  }

  @Test
  void aMonthsFiguresAreSubmittedChasedAnalysedQuestionedAndPublished() {
    acting.as("bizdata", () -> readings.record(List.of(Map.<String, Object>of("indicator", "SALES-REVENUE",
        "period", "2026-09", "value", 900)), indicator -> true, "bizdata", "经营数据系统"));
    ProcessInstance round = openRound();
    assertThat(round.getBusinessKey()).isEqualTo("SJFX-2026-10");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DataSubmissionProcess.KEY)
        .count()).isEqualTo(8);
    Task sales = submission("sales");
    assertThat(sales.getName()).isEqualTo("报送经营数据");
    assertThat(FieldChecks.rows(engine.getTaskService().getVariable(sales.getId(), "dataValues")))
        .extracting(row -> row.get("indicator"), row -> row.get("label"), row -> row.get("previous"))
        .containsExactly(tuple("SALES-REVENUE", "月度销售额（万元）", "900"));

    // 销售部 is late: chased by mail, its head too
    Job chase = engine.getManagementService().createJobQuery().processInstanceId(sales.getProcessInstanceId()).timers()
        .singleResult();
    assertThat(chase.getDuedate().toInstant()).isEqualTo(java.time.Instant.parse("2026-11-24T02:00:00Z"));
    engine.getManagementService().executeJob(chase.getId());
    assertThat(outbox.findByRecipientOrderById("zhaoqiang")).extracting(Notification::subject)
        .contains("【催报】销售部 2026-10 经营数据尚未报送");
    assertThat(outbox.findByRecipientOrderById("sunli")).extracting(Notification::subject)
        .contains("【催报】销售部 2026-10 经营数据尚未报送");
    assertThat(submission("sales")).as("still open after the chase").isNotNull();

    // refusals: a blank value, a value that is not a number; the task stays open, nothing saved
    assertThatThrownBy(() -> submit("sales", null, null)).isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("请填写“月度销售额（万元）”的本期数值");
    assertThatThrownBy(() -> submit("sales", "七百五", null)).isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("数值应为数字");
    assertThat(jdbc.queryForObject("select count(*) from indicator_value where period = '2026-10'", Integer.class)).isZero();

    SUBMITTERS.forEach((department, submitter) -> {
      if (!department.equals("data")) {
        submit(department, submitter[1], department.equals("sales") ? "两家大客户推迟到 11 月签约" : null);
      }
    });
    assertThat(round).isWaitingAt(SUBMIT_PER_DEPARTMENT).as("数据分析部 waits for every department");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RiskWarningProcess.KEY)
        .processInstanceBusinessKey("YJ-2026-001").singleResult()).as("the submitted value below its warning value")
        .isNotNull();
    submit("data", SUBMITTERS.get("data")[1], null);

    assertThat(round).isWaitingAt(WRITE).task().hasCandidateGroup("data");
    assertThat(FieldChecks.rows(engine.getRuntimeService().getVariable(round.getId(), "figuresView")))
        .filteredOn(row -> row.get("department").equals("销售部"))
        .extracting(row -> row.get("value"), row -> row.get("previous"), row -> row.get("change"), row -> row.get("level"))
        .containsExactly(tuple("750", "900", "-16.7%", "预警"));
    assertThat(FieldChecks.rows(engine.getRuntimeService().getVariable(round.getId(), "notesView")))
        .filteredOn(row -> row.get("department").equals("销售部"))
        .extracting(row -> row.get("submittedBy"), row -> row.get("chased"), row -> row.get("notes"))
        .containsExactly(tuple("孙丽", "催报 1 次", "两家大客户推迟到 11 月签约"));

    assertThatThrownBy(() -> complete("hanxue", round, Map.of("reportPurpose", "月度经营分析")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("方法").hasMessageContaining("建议");
    Map<String, Object> report = Map.of("reportPurpose", "掌握 10 月经营状况", "reportMethod", "各部门指标环比分析",
        "reportResults", "销售额环比下降 16.7%，达到预警值；其他指标正常", "reportRecommendations", "销售部加快大客户签约");
    complete("hanxue", round, report);
    assertThat(round).isWaitingAt(REVIEW).task().hasCandidateGroup("management");
    assertThat(http.withBasicAuth("sunli", "demo").exchange(RequestEntity.get("/api/data-reports/SJFX-2026-10")
        .accept(MediaType.APPLICATION_JSON).build(), String.class).getStatusCode())
        .as("not published yet").isEqualTo(HttpStatus.NOT_FOUND);
    complete("yangjianguo", round, Map.of("decision", "RETURN", "decisionComment", "销售额下降是否有季节因素？"));
    assertThat(round).isWaitingAt(WRITE);
    assertThat(engine.getRuntimeService().getVariable(round.getId(), "dataReportStatus")).isEqualTo("管理层提问");
    assertThat(FieldChecks.rows(engine.getRuntimeService().getVariable(round.getId(), "decisionHistory")))
        .extracting(row -> row.get("comment")).contains("销售额下降是否有季节因素？");
    complete("hanxue", round, Map.of("reportPurpose", "掌握 10 月经营状况", "reportMethod", "各部门指标环比、同比分析",
        "reportResults", "销售额环比下降 16.7%（去年同期下降 3%，季节因素有限），达到预警值", "reportRecommendations",
        "销售部加快大客户签约"));
    complete("xulan", round, Map.of("decision", "APPROVE"));
    assertThat(round).isEnded().hasPassed(END);

    assertThat(carbonCopies.copiesOf(round.getId())).extracting(CarbonCopy::recipient).containsExactlyInAnyOrder(
        "zhoumin", "lina", "zhaoqiang", "qianjun", "zhenghong", "chenjie", "weihua", "shenhao");
    var page = http.withBasicAuth("sunli", "demo").exchange(RequestEntity.get("/api/data-reports/SJFX-2026-10")
        .accept(MediaType.TEXT_HTML).build(), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("2026-10 数据分析报告", "季节因素有限", "月度销售额（万元）", "-16.7%");
    assertThat(http.withBasicAuth("bizdata", "demo").exchange(RequestEntity.get("/api/data-reports/SJFX-2026-10")
        .accept(MediaType.APPLICATION_JSON).build(), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aDepartmentSubmitsOnlyItsOwnIndicators() {
    openRound();
    Task sales = submission("sales");
    List<Map<String, Object>> forged = List.of(Map.of("indicator", "COMPLAINT-COUNT", "label", "x", "value", 3));
    assertThatThrownBy(() -> acting.as("sunli", () -> engine.getFormService().submitTaskForm(sales.getId(),
        Variables.createVariables().putValue("dataValues", json(forged))))).isInstanceOf(SubmissionRefused.class)
        .hasMessageContaining("指标“COMPLAINT-COUNT”不是本部门的指标");
    assertThat(jdbc.queryForObject("select count(*) from indicator_value", Integer.class)).isZero();
  }
}

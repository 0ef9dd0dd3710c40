package com.opsflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/**
 * The intake API for other systems (CC-3.2.1) and who may read a case (personal data): the call centre's technical
 * user files cases and nothing else; 客服部, the responsible department and 管理层 read a case; everyone else gets 404.
 */
class CustomerCaseRestTest extends EngineTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  CustomerCases cases;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  static Map<String, Object> complaint() {
    Map<String, Object> body = new HashMap<>();
    body.put("customerName", "林女士");
    body.put("customerContact", "lin@example.com");
    body.put("channel", "ONLINE");
    body.put("category", "COMPLAINT");
    body.put("severity", "SERIOUS");
    body.put("description", "在线客服三天未回复。");
    return body;
  }

  @Test
  void theCallCentreFilesACaseThatLandsIn客服部sTasklist() {
    ResponseEntity<Map<String, Object>> filed = as("callcenter").apiPost("/customer-cases", complaint());

    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(filed.getBody()).containsEntry("number", "KF-2026-0001");
    assertThat(filed.getHeaders().getLocation()).hasToString("/api/customer-cases/KF-2026-0001");
    CustomerCase filedCase = cases.findByNumber("KF-2026-0001").orElseThrow();
    assertThat(filedCase.recordedBy()).isEqualTo("callcenter");
    List<Map<String, Object>> tasks = as("fengtao").list("/task?processInstanceBusinessKey=KF-2026-0001").getBody();
    assertThat(tasks).extracting(t -> t.get("name")).containsExactly("安抚与调查核实");
    assertThat(tasks.get(0).get("assignee")).as("a case filed by a system belongs to 客服部 as a whole").isNull();
  }

  @Test
  void theCallCentreMayDoNothingButFileCases() {
    as("callcenter").apiPost("/customer-cases", complaint());

    assertThat(as("callcenter").api("/customer-cases/KF-2026-0001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("callcenter").list("/task").getBody()).isEmpty();
    assertThat(as("callcenter").post("/process-definition/key/operation-plan-approval/submit-form",
        Map.of("variables", Map.of())).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(as("callcenter").get("/process-instance?businessKey=KF-2026-0001").getBody()).isEqualTo("[]");
  }

  @Test
  void peopleWithoutTheGrantCannotFileCases() {
    ResponseEntity<Map<String, Object>> refused = as("wangfang").apiPost("/customer-cases", complaint());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).containsEntry("message", "您无权登记客户反馈。");
    assertThat(new RestClient(http, null, null).apiPost("/customer-cases", complaint()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(cases.count()).isZero();
  }

  @Test
  void badInputIsRefusedInChineseWithNothingSaved() {
    Map<String, Object> bad = complaint();
    bad.put("customerContact", "<script>alert(1)</script>");
    bad.remove("severity");
    bad.put("description", "长".repeat(2001));

    ResponseEntity<Map<String, Object>> refused = as("callcenter").apiPost("/customer-cases", bad);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("既不是电话号码也不是电子邮箱", "投诉须选择严重程度",
        "反馈内容不能超过 2000 个字");

    Map<String, Object> unknownField = complaint();
    unknownField.put("caseOwner", "fengtao");
    ResponseEntity<Map<String, Object>> unknown = as("callcenter").apiPost("/customer-cases", unknownField);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unknown.getBody().get("message")).startsWith("不认识的字段：caseOwner。");
    assertThat(cases.count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void onlyCustomerServiceTheResponsibleDepartmentAndManagementReadACase() {
    as("callcenter").apiPost("/customer-cases", complaint());
    String investigate = onlyTask("fengtao");
    assertThat(as("fengtao").post("/task/" + investigate + "/submit-form", RestClient.variables(Map.of(
        "complaintDetails", "已致歉。", "investigation", "确有三天未回复。"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // before 研发部 is named, it does not know of the case
    assertThat(as("hejing").api("/customer-cases/KF-2026-0001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    String decide = onlyTask("zhenghong");
    as("zhenghong").post("/task/" + decide + "/submit-form", RestClient.variables(Map.of(
        "responsibleDepartment", "rnd", "solution", "研发部修复在线客服的消息提醒。")));

    for (String reader : List.of("fengtao", "zhenghong", "hejing", "qianjun", "yangjianguo")) {
      ResponseEntity<Map<String, Object>> read = as(reader).api("/customer-cases/KF-2026-0001");
      assertThat(read.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(read.getBody()).extracting("customer").asString().contains("林女士", "lin@example.com");
    }
    for (String outsider : List.of("wangfang", "lina", "wulei", "kongming", "liuyang", "sunli")) {
      assertThat(as(outsider).api("/customer-cases/KF-2026-0001").getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(as(outsider).list("/task?processInstanceBusinessKey=KF-2026-0001").getBody()).as(outsider).isEmpty();
      assertThat(as(outsider).get("/process-instance?businessKey=KF-2026-0001").getBody()).as(outsider).isEqualTo("[]");
    }
    assertThat(as("wangfang").api("/customer-cases/KF-2026-9999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  String onlyTask(String user) {
    List<Map<String, Object>> tasks = as(user).list("/task?processInstanceBusinessKey=KF-2026-0001").getBody();
    assertThat(tasks).as(user + "'s tasks").hasSize(1);
    return (String) tasks.get(0).get("id");
  }

  @Test
  void theLedgerListsAndFiltersCasesFor客服部And管理层AndADepartmentSeesOnlyItsOwn() {
    as("callcenter").apiPost("/customer-cases", complaint());
    Map<String, Object> enquiry = complaint();
    enquiry.put("category", "ENQUIRY");
    enquiry.remove("severity");
    enquiry.put("customerName", "赵经理");
    as("callcenter").apiPost("/customer-cases", enquiry);
    String investigate = onlyTask("fengtao");
    as("fengtao").post("/task/" + investigate + "/submit-form", RestClient.variables(Map.of(
        "complaintDetails", "已致歉。", "investigation", "属实。")));
    as("zhenghong").post("/task/" + onlyTask("zhenghong") + "/submit-form", RestClient.variables(Map.of(
        "responsibleDepartment", "rnd", "solution", "修复消息提醒。")));

    assertThat(as("zhenghong").listApi("/customer-cases")).extracting(row -> row.get("number"))
        .containsExactly("KF-2026-0002", "KF-2026-0001");
    assertThat(as("yangjianguo").listApi("/customer-cases?category=COMPLAINT")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("customer", "林女士").containsEntry("responsibleDepartment", "研发部")
            .containsEntry("status", "责任部门处理中").containsEntry("overdue", false));
    assertThat(as("fengtao").listApi("/customer-cases?q=赵")).extracting(row -> row.get("number")).containsExactly("KF-2026-0002");
    assertThat(as("hejing").listApi("/customer-cases")).as("研发部 sees the case given to it, not the enquiry")
        .extracting(row -> row.get("number")).containsExactly("KF-2026-0001");
    assertThat(as("wangfang").listApi("/customer-cases")).isEmpty();
    assertThat(as("fengtao").listApi("/customer-cases?overdue=true")).isEmpty();

    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
        com.opsflow.support.CleanSlate.TODAY.plus(java.time.Duration.ofDays(4))));
    assertThat(as("fengtao").listApi("/customer-cases?overdue=true")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("number", "KF-2026-0001").containsEntry("overdue", true));
    ResponseEntity<String> page = as("zhenghong").page("/customer-cases?overdue=true");
    assertThat(page.getBody()).contains("客户反馈台账", "KF-2026-0001", "林女士", "（已逾期）").doesNotContain("赵经理");
    ResponseEntity<Map<String, Object>> bad = as("fengtao").api("/customer-cases?category=FAX");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).containsEntry("message", "反馈类别“FAX”不存在。");
  }
}

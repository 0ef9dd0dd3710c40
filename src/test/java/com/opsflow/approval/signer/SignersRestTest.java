package com.opsflow.approval.signer;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/**
 * 加签 and 减签 as the demo users do them on 王芳's plan for 市场部: 吴磊 of 运营部 asks his head 周敏 to decide before
 * him; 李娜 agrees and asks 周敏 to decide after her; 李娜 asks 周敏 and 吴磊 to decide alongside her and takes 吴磊 off
 * again. Every opinion lands in the plan's trail, in the order given, before the step's own decision.
 */
class SignersRestTest extends EngineTest {

  @Autowired
  TestRestTemplate http;

  ProcessInstance plan;

  @BeforeEach
  void wangfangSubmitsHerDepartmentsPlan() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    plan = acting.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
  }

  Task step() {
    return engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).singleResult();
  }

  Task claimed(String reviewer) {
    Task task = step();
    engine.getTaskService().claim(task.getId(), reviewer);
    return task;
  }

  void decide(String reviewer, String taskId, String code, String comment) {
    acting.as(reviewer, () -> engine.getFormService().submitTaskForm(taskId, decision(code, comment)));
  }

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  ResponseEntity<Map<String, Object>> add(String user, String taskId, String mode, List<String> people, String note) {
    return as(user).apiPost("/tasks/" + taskId + "/signers", Map.of("mode", mode, "people", people, "note", note));
  }

  ResponseEntity<Map<String, Object>> remove(String user, Object signerId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return http.exchange("/api/signers/" + signerId, HttpMethod.DELETE, new HttpEntity<>(headers), new ParameterizedTypeReference<>() { });
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> signers(String user, String taskId) {
    return (List<Map<String, Object>>) as(user).api("/tasks/" + taskId + "/signers").getBody().get("signers");
  }

  String trail() {
    return engine.getRuntimeService().getVariable(plan.getId(), "decisionHistory").toString();
  }

  List<String> comments(String taskId) {
    return engine.getTaskService().getTaskComments(taskId).stream().map(Comment::getFullMessage).toList();
  }

  @Test
  void wuleiAsksZhouminToDecideBeforeHimAndTheTaskComesBack() {
    decide("lina", claimed("lina").getId(), "APPROVE", "同意");
    Task operations = claimed("wulei");
    assertThat(operations.getName()).isEqualTo("运营部汇总审核");

    var added = add("wulei", operations.getId(), "BEFORE", List.of("zhoumin"), "预算超过去年，请部门负责人先把关");
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(added.getBody()).containsEntry("message", "向前加签：已请周敏审批。");
    Task withZhoumin = step();
    assertThat(withZhoumin.getAssignee()).isEqualTo("zhoumin");
    assertThat(withZhoumin.getOwner()).isEqualTo("wulei");
    assertThat(withZhoumin.getDelegationState()).isEqualTo(DelegationState.PENDING);
    assertThat(as("zhoumin").api("/tasks/" + operations.getId() + "/signers").getBody().get("askedOfMe").toString())
        .contains("吴磊请您向前加签“运营部汇总审核”");

    decide("zhoumin", operations.getId(), "APPROVE", "预算合理，同意");

    Task back = step();
    assertThat(back.getId()).as("the same step, not a new one").isEqualTo(operations.getId());
    assertThat(back.getAssignee()).isEqualTo("wulei");
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), "decision")).as("wulei's form starts empty").isNull();
    assertThat(comments(operations.getId())).contains("向前加签：同意：预算合理，同意");
    assertThat(signers("wulei", operations.getId())).extracting(s -> s.get("stateLabel")).containsExactly("已审批");

    decide("wulei", operations.getId(), "APPROVE", "已汇总");
    assertThat(step().getName()).isEqualTo("管理层审批");
    assertThat(trail()).containsSubsequence("\"step\":\"运营部汇总审核\",\"action\":\"向前加签：同意\",\"actor\":\"周敏\"",
        "预算合理，同意", "\"step\":\"运营部汇总审核\",\"action\":\"同意\",\"actor\":\"吴磊\"");
  }

  @Test
  void linaAgreesAndZhouminDecidesAfterHer() {
    Task head = claimed("lina");
    assertThat(add("lina", head.getId(), "AFTER", List.of("zhoumin"), "请运营部负责人复核").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(step().getAssignee()).isEqualTo("zhoumin");
    assertThat(step().getDelegationState()).as("zhoumin decides the step").isNull();

    decide("zhoumin", head.getId(), "APPROVE", "复核无误");

    assertThat(step().getName()).isEqualTo("运营部汇总审核");
    assertThat(trail()).containsSubsequence("\"action\":\"同意，并向后加签\",\"actor\":\"李娜\"", "请运营部负责人复核",
        "\"step\":\"部门负责人审核\",\"action\":\"同意\",\"actor\":\"周敏\"", "复核无误");
  }

  @Test
  void linaAsksTwoColleaguesAlongsideHerAndTakesOneOffAgain() {
    Task head = claimed("lina");
    var added = add("lina", head.getId(), "PARALLEL", List.of("zhoumin", "wulei"), "");
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Task> subtasks = engine.getTaskService().createTaskQuery().taskName("会签：部门负责人审核").list();
    assertThat(subtasks).extracting(Task::getAssignee).containsExactlyInAnyOrder("zhoumin", "wulei");
    assertThat(subtasks).extracting(Task::getParentTaskId).containsOnly(head.getId());

    assertThatThrownBy(() -> decide("lina", head.getId(), "APPROVE", "同意"))
        .hasMessageContaining("会签人周敏尚未审批，请等其审批后再办理，或先减签。");

    Task zhouminsShare = subtasks.stream().filter(t -> t.getAssignee().equals("zhoumin")).findFirst().orElseThrow();
    var silent = as("zhoumin").apiPost("/tasks/" + zhouminsShare.getId() + "/countersign", Map.of("agreed", false));
    assertThat(silent.getBody()).containsEntry("message", "不同意时必须填写意见，说明原因。");
    assertThat(as("zhoumin").apiPost("/tasks/" + zhouminsShare.getId() + "/countersign",
        Map.of("agreed", true, "opinion", "同意，注意二季度预算")).getStatusCode()).isEqualTo(HttpStatus.OK);

    List<Map<String, Object>> listed = signers("lina", head.getId());
    Object zhoumin = listed.stream().filter(s -> s.get("person").equals("zhoumin")).findFirst().orElseThrow().get("id");
    Object wulei = listed.stream().filter(s -> s.get("person").equals("wulei")).findFirst().orElseThrow().get("id");
    var tooLate = remove("lina", zhoumin);
    assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLate.getBody()).containsEntry("message", "周敏已经审批，不能减签。");
    assertThat(remove("zhoumin", wulei).getStatusCode()).as("only the one who added removes").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(remove("lina", wulei).getBody()).containsEntry("message", "已减签：吴磊不再参与本环节审批。");
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee("wulei").taskName("会签：部门负责人审核").count()).isZero();

    decide("lina", head.getId(), "APPROVE", "同意");
    assertThat(step().getName()).isEqualTo("运营部汇总审核");
    assertThat(trail()).containsSubsequence("\"action\":\"并行会签：同意\",\"actor\":\"周敏\"", "同意，注意二季度预算",
        "\"step\":\"部门负责人审核\",\"action\":\"同意\",\"actor\":\"李娜\"").doesNotContain("\"actor\":\"吴磊\"");
  }

  @Test
  void aSignerWaitingOrAskedIsTakenOffAndTheTaskComesBack() {
    Task head = claimed("lina");
    add("lina", head.getId(), "BEFORE", List.of("zhoumin", "wulei"), "");
    assertThat(step().getAssignee()).isEqualTo("zhoumin");
    List<Map<String, Object>> listed = signers("lina", head.getId());
    assertThat(listed).extracting(s -> s.get("stateLabel")).containsExactly("审批中", "等待");

    assertThat(remove("lina", listed.get(1).get("id")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(remove("lina", listed.get(0).get("id")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(step().getAssignee()).as("back with lina").isEqualTo("lina");
    assertThat(step().getDelegationState()).isEqualTo(DelegationState.RESOLVED);
    assertThat(comments(head.getId())).contains("减签：周敏不再参与本环节审批", "减签：吴磊不再参与本环节审批");
  }

  @Test
  void nobodyOutsideTheCompanyNorTheApplicantNorTheReviewerThemselvesIsAdded() {
    Task head = step();
    assertThat(add("lina", head.getId(), "BEFORE", List.of("zhoumin"), "").getBody())
        .containsEntry("message", "请先认领这项待办，再加签。");
    engine.getTaskService().claim(head.getId(), "lina");
    assertThat(add("lina", head.getId(), "BEFORE", List.of("outsider"), "").getBody())
        .containsEntry("message", "“outsider”不是公司的同事：只能加签公司组织架构中的人员。");
    assertThat(add("lina", head.getId(), "AFTER", List.of("wangfang"), "").getBody())
        .containsEntry("message", "王芳是申请人，按内控要求不能审批本人的申请。");
    assertThat(add("lina", head.getId(), "PARALLEL", List.of("lina"), "").getBody()).containsEntry("message", "不能加签自己。");
    assertThat(add("lina", head.getId(), "PARALLEL", List.of(), "").getBody()).containsEntry("message", "请选择加签人。");
    assertThat(add("hejing", head.getId(), "BEFORE", List.of("zhoumin"), "").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(engine.getTaskService().createTaskQuery().taskName("会签：部门负责人审核").count()).isZero();
    assertThat(step().getAssignee()).isEqualTo("lina");
    assertThat(jdbc.queryForObject("select count(*) from added_signer", Long.class)).as("nothing half-saved").isZero();
  }
}

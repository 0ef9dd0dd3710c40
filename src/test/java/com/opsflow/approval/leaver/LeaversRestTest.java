package com.opsflow.approval.leaver;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/**
 * 离职转办 as the administrator does it: 市场部's 林离 leaves — her returned plan, her running application and what
 * was copied to her go to 张伟 (zhangwei) in one call, and she leaves her groups.
 */
class LeaversRestTest extends EngineTest {

  static final String LEAVER = "linli";

  @Autowired
  TestRestTemplate http;

  @BeforeEach
  void aColleagueWhoWillLeave() {
    var identity = engine.getIdentityService();
    var user = identity.newUser(LEAVER);
    user.setFirstName("林");
    user.setLastName("离");
    user.setPassword("demo");
    identity.saveUser(user);
    identity.createMembership(LEAVER, "mkt");
  }

  @AfterEach
  void goneForGood() {
    engine.getIdentityService().deleteUser(LEAVER);
  }

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  ProcessInstance submit(String drafter, VariableMap plan) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    return acting.as(drafter, () -> engine.getFormService().submitStartForm(definition, plan));
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAdministratorHandsAllOfALeaversWorkToHerSuccessor() {
    ProcessInstance returned = submit(LEAVER, annualPlan(2027));
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(returned.getId()).singleResult();
    acting.as("lina", () -> engine.getFormService().submitTaskForm(review.getId(), decision("RETURN", "请补充预算")));
    ProcessInstance copied = submit("sunli", annualPlan(2027).putValue("ccRecipients", LEAVER));

    ResponseEntity<Map<String, Object>> done = as("admin").apiPost("/people/" + LEAVER + "/hand-over",
        Map.of("to", "zhangwei", "reason", "离职"));

    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody()).containsEntry("tasks", 1).containsEntry("applications", 1).containsEntry("carbonCopies", 1)
        .containsEntry("groupsLeft", List.of("mkt"));
    Task revise = engine.getTaskService().createTaskQuery().processInstanceId(returned.getId()).singleResult();
    assertThat(revise.getName()).isEqualTo("修改运营计划");
    assertThat(revise.getAssignee()).isEqualTo("zhangwei");
    assertThat(engine.getTaskService().getTaskComments(revise.getId())).extracting(Comment::getFullMessage)
        .contains("离职转办：林离 的工作交由 张伟 接手（离职）");
    assertThat(as("zhangwei").listApi("/applications")).extracting(a -> a.get("businessKey")).contains(returned.getBusinessKey());
    assertThat(as("zhangwei").listApi("/cc")).extracting(c -> c.get("processInstanceId")).contains(copied.getId());
    assertThat(engine.getIdentityService().createGroupQuery().groupMember(LEAVER).count()).isZero();

    // the successor carries on: the revised plan goes back to 市场部's head
    acting.as("zhangwei", () -> engine.getFormService().submitTaskForm(revise.getId(), annualPlan(2027)));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(returned.getId()).singleResult().getName())
        .isEqualTo("部门负责人审核");
  }

  @Test
  void onlyAdministratorsHandOverAndOnlyToSomeoneElseWhoExists() {
    ResponseEntity<Map<String, Object>> notAdmin = as("lina").apiPost("/people/" + LEAVER + "/hand-over", Map.of("to", "zhangwei"));
    assertThat(notAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notAdmin.getBody()).containsEntry("message", "只有系统管理员可以办理离职转办。");

    ResponseEntity<Map<String, Object>> nobody = as("admin").apiPost("/people/" + LEAVER + "/hand-over", Map.of("to", "nobody"));
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(nobody.getBody()).containsEntry("message", "用户不存在：nobody。");

    ResponseEntity<Map<String, Object>> self = as("admin").apiPost("/people/" + LEAVER + "/hand-over", Map.of("to", LEAVER));
    assertThat(self.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(self.getBody()).containsEntry("message", "接手人不能是离职人本人。");
    assertThat(engine.getIdentityService().createGroupQuery().groupMember(LEAVER).count()).as("nothing changed").isOne();
  }
}

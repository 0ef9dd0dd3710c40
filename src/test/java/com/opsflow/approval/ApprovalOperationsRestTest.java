package com.opsflow.approval;

import static com.opsflow.plan.PlanFixtures.item;
import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.approval.cc.CarbonCopy;
import com.opsflow.notification.Notification;
import com.opsflow.notification.Notifications;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanStatus;
import com.opsflow.support.CleanSlate;
import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient.Json;
import com.opsflow.support.RestClient;

/**
 * 撤回, 转办, 委派, 抄送, 催办 and the deadline patrol on an annual plan (head → 运营部 → 管理层), through the
 * REST API as the demo users with their own passwords — including what each of them may not do.
 */
class ApprovalOperationsRestTest extends EngineTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  OperationPlans plans;
  @Autowired
  Notifications notifications;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  /** wangfang (市场部) submits the 2027 annual plan; it waits for lina, the head of 市场部. */
  String submitPlan(Map<String, Object> extra) {
    Map<String, Object> values = new HashMap<>(Map.of("planType", "ANNUAL", "periodYear", 2027,
        "planTitle", "市场部2027年度运营计划", "planSummary", "拓展华东市场",
        "planItems", new Json("[" + item("2027-09-30") + "]")));
    values.putAll(extra);
    ResponseEntity<Map<String, Object>> started = as("wangfang")
        .post("/process-definition/key/operation-plan-approval/submit-form", variables(values));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) started.getBody().get("id");
  }

  String onlyTaskOf(String user, String name) {
    List<Map<String, Object>> tasks = as(user).list("/task").getBody();
    assertThat(tasks).as("tasks of %s", user).extracting(t -> t.get("name")).containsExactly(name);
    return (String) tasks.get(0).get("id");
  }

  void decide(String user, String taskId, String decision, String comment) {
    Map<String, Object> values = new HashMap<>(Map.of("decision", decision));
    if (comment != null) {
      values.put("decisionComment", comment);
    }
    assertThat(as(user).post("/task/" + taskId + "/claim", Map.of("userId", user)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as(user).post("/task/" + taskId + "/submit-form", variables(values)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Approved by the head and 运营部: now with 管理层 (yangjianguo, xulan). */
  String atManagement(String instanceId) {
    decide("lina", onlyTaskOf("lina", "部门负责人审核"), "APPROVE", null);
    decide("wulei", onlyTaskOf("wulei", "运营部汇总审核"), "APPROVE", null);
    return onlyTaskOf("xulan", "管理层审批");
  }

  static String message(ResponseEntity<Map<String, Object>> answer) {
    return (String) answer.getBody().get("message");
  }

  @Nested
  class Withdraw {

    @Test
    void theDrafterWithdrawsBeforeAnyReviewAndThePeriodIsFreeAgain() {
      String instanceId = submitPlan(Map.of());

      ResponseEntity<Map<String, Object>> withdrawn = as("wangfang").apiPost("/applications/" + instanceId + "/withdraw", Map.of());

      assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(message(withdrawn)).isEqualTo("申请已撤回。");
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
          .singleResult().getEndTime()).isNotNull();
      assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instanceId)
          .activityId("End_ApplicationWithdrawn").finished().count()).isEqualTo(1);
      OperationPlan plan = plans.findByProcessInstanceId(instanceId).orElseThrow();
      assertThat(plan.status()).isEqualTo(PlanStatus.WITHDRAWN);
      assertThat(plan.trail()).extracting(TrailEntry::action).containsExactly("提交", "申请人撤回");
      assertThat(as("lina").list("/task").getBody()).isEmpty();
      assertThat(as("wangfang").api("/applications/" + instanceId).getBody()).containsEntry("state", "已撤回");
      submitPlan(Map.of()); // the same period may be planned again
    }

    @Test
    void afterTheHeadDecidedWithdrawingIsRefusedAndNothingChanges() {
      String instanceId = submitPlan(Map.of());
      decide("lina", onlyTaskOf("lina", "部门负责人审核"), "APPROVE", null);

      ResponseEntity<Map<String, Object>> refused = as("wangfang").apiPost("/applications/" + instanceId + "/withdraw", Map.of());

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(message(refused)).isEqualTo("审批人已经开始处理这项申请，不能再撤回；如需终止，请联系审批人退回或驳回。");
      assertThat(plans.findByProcessInstanceId(instanceId).orElseThrow().status()).isEqualTo(PlanStatus.IN_REVIEW);
      onlyTaskOf("wulei", "运营部汇总审核");
    }

    @Test
    void onceTheHeadClaimedTheTaskWithdrawingIsRefused() {
      String instanceId = submitPlan(Map.of());
      String task = onlyTaskOf("lina", "部门负责人审核");
      as("lina").post("/task/" + task + "/claim", Map.of("userId", "lina"));

      assertThat(as("wangfang").apiPost("/applications/" + instanceId + "/withdraw", Map.of()).getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void onlyTheDrafterMayWithdrawAndStrangersDoNotEvenSeeTheApplication() {
      String instanceId = submitPlan(Map.of());

      ResponseEntity<Map<String, Object>> byHead = as("lina").apiPost("/applications/" + instanceId + "/withdraw", Map.of());
      assertThat(byHead.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(message(byHead)).isEqualTo("只有申请人本人可以撤回申请。");
      assertThat(as("zhaoqiang").apiPost("/applications/" + instanceId + "/withdraw", Map.of()).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(new RestClient(http, null, null).apiPost("/applications/" + instanceId + "/withdraw", Map.of())
          .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      onlyTaskOf("lina", "部门负责人审核");
    }
  }

  @Nested
  class TransferAndDelegate {

    @Test
    void aManagerTransfersTheApprovalToTheOtherManagerWhoApprovesIt() {
      String instanceId = submitPlan(Map.of());
      String task = atManagement(instanceId);
      as("xulan").post("/task/" + task + "/claim", Map.of("userId", "xulan"));

      ResponseEntity<Map<String, Object>> transferred = as("xulan")
          .apiPost("/tasks/" + task + "/transfer", Map.of("to", "yangjianguo", "comment", "我出差，请杨总审批"));

      assertThat(transferred.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(message(transferred)).isEqualTo("已转办给杨建国。");
      assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("yangjianguo");
      assertThat(engine.getTaskService().getTaskComments(task)).extracting(Comment::getFullMessage)
          .contains("转办给杨建国，说明：我出差，请杨总审批");
      assertThat(as("yangjianguo").post("/task/" + task + "/submit-form", variables(Map.of("decision", "APPROVE")))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      OperationPlan plan = plans.findByProcessInstanceId(instanceId).orElseThrow();
      assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
      assertThat(plan.trail().get(plan.trail().size() - 1).actorName()).isEqualTo("杨建国");
    }

    @Test
    void aTransferToSomeoneOutsideTheRoleOrByAnOutsiderIsRefused() {
      String task = atManagement(submitPlan(Map.of()));

      ResponseEntity<Map<String, Object>> outsideRole = as("xulan").apiPost("/tasks/" + task + "/transfer", Map.of("to", "wangfang"));
      assertThat(outsideRole.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(message(outsideRole)).isEqualTo("王芳无权办理“管理层审批”，只能转办给本环节有权办理的人员。");
      assertThat(as("xulan").apiPost("/tasks/" + task + "/transfer", Map.of("to", "nobody")).getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(as("xulan").apiPost("/tasks/" + task + "/transfer", Map.of("to", "xulan")).getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(as("wangfang").apiPost("/tasks/" + task + "/transfer", Map.of("to", "wangfang")).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
      as("xulan").post("/task/" + task + "/claim", Map.of("userId", "xulan"));
      ResponseEntity<Map<String, Object>> notTheAssignee = as("yangjianguo")
          .apiPost("/tasks/" + task + "/transfer", Map.of("to", "yangjianguo"));
      assertThat(notTheAssignee.getStatusCode()).isIn(HttpStatus.NOT_FOUND, HttpStatus.FORBIDDEN);
      assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("xulan");
    }

    @Test
    void operationsDelegatesTheReviewAndGetsItBackWithTheProposalToDecide() {
      String instanceId = submitPlan(Map.of());
      decide("lina", onlyTaskOf("lina", "部门负责人审核"), "APPROVE", null);
      String task = onlyTaskOf("wulei", "运营部汇总审核");

      ResponseEntity<Map<String, Object>> delegated = as("wulei")
          .apiPost("/tasks/" + task + "/delegate", Map.of("to", "zhoumin", "comment", "请周总把关预算"));
      assertThat(delegated.getStatusCode()).isEqualTo(HttpStatus.OK);
      Task pending = engine.getTaskService().createTaskQuery().taskId(task).singleResult();
      assertThat(pending.getDelegationState()).isEqualTo(DelegationState.PENDING);
      assertThat(pending.getOwner()).isEqualTo("wulei");
      assertThat(pending.getAssignee()).isEqualTo("zhoumin");
      assertThat(as("zhoumin").api("/tasks/" + task + "/delegation").getBody())
          .containsEntry("delegatedBy", "吴磊")
          .containsEntry("message", "吴磊委派给您协助办理：您提交后，这项待办交回吴磊作最终决定。");
      assertThat(as("lina").api("/tasks/" + task + "/delegation").getStatusCode()).as("not hers to see")
          .isEqualTo(HttpStatus.NOT_FOUND);
      ResponseEntity<Map<String, Object>> decidedPastTheForm = as("zhoumin")
          .post("/task/" + task + "/complete", variables(Map.of("decision", "APPROVE")));
      assertThat(decidedPastTheForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(message(decidedPastTheForm)).isEqualTo("请通过任务表单提交（submit-form）：完成任务时不能直接写入流程变量。");
      ResponseEntity<Map<String, Object>> completedInsteadOfResolved = as("zhoumin")
          .post("/task/" + task + "/complete", Map.of());
      assertThat(completedInsteadOfResolved.getStatusCode()).as("completing without a decision").isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getDelegationState())
          .as("still delegated to 周敏, not decided in 吴磊's place").isEqualTo(DelegationState.PENDING);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> acting.as("zhoumin",
          () -> engine.getTaskService().complete(task, Map.of("decision", "APPROVE"))))
          .as("code completing in the owner's place").hasMessage("这项待办是委派给您协助办理的：请提交表单交回委派人，由委派人作出最终决定。");

      // zhoumin submits the form in Tasklist: the task returns to wulei with zhoumin's proposal filled in
      assertThat(as("zhoumin").post("/task/" + task + "/submit-form",
          variables(Map.of("decision", "APPROVE", "decisionComment", "预算合理"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      Task back = engine.getTaskService().createTaskQuery().taskId(task).singleResult();
      assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
      assertThat(back.getAssignee()).isEqualTo("wulei");
      assertThat(as("wulei").api("/tasks/" + task + "/delegation").getBody()).as("back with its owner").isEmpty();
      assertThat(engine.getTaskService().getVariable(task, "decisionComment")).isEqualTo("预算合理");
      assertThat(plans.findByProcessInstanceId(instanceId).orElseThrow().trail()).hasSize(2); // nothing decided yet

      assertThat(as("wulei").post("/task/" + task + "/submit-form", variables(Map.of("decision", "APPROVE",
          "decisionComment", "同意，周总已把关预算"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(plans.findByProcessInstanceId(instanceId).orElseThrow().trail()).last()
          .extracting(TrailEntry::actorName, TrailEntry::comment).containsExactly("吴磊", "同意，周总已把关预算");
    }
  }

  @Nested
  class CarbonCopy {

    @Test
    void aColleagueCopiedInReadsTheApplicationButCannotWorkIt() {
      String instanceId = submitPlan(Map.of());
      String task = onlyTaskOf("lina", "部门负责人审核");

      ResponseEntity<Map<String, Object>> copied = as("wangfang").apiPost("/applications/" + instanceId + "/cc",
          Map.of("recipients", List.of("hejing", "chenjie"), "note", "预算涉及研发和财务"));
      assertThat(copied.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(copied.getBody().get("copied")).isEqualTo(List.of("hejing", "chenjie"));

      List<Map<String, Object>> mine = as("hejing").listApi("/cc");
      assertThat(mine).extracting(cc -> cc.get("businessKey"), cc -> cc.get("from"), cc -> cc.get("note"))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("PLAN-2027-MKT-A", "王芳", "预算涉及研发和财务"));
      Map<String, Object> view = as("hejing").api("/applications/" + instanceId).getBody();
      assertThat(view).containsEntry("process", "运营计划审批").containsEntry("state", "进行中").containsEntry("initiator", "王芳");
      assertThat(view.get("copiedTo")).asList().containsExactly("何静", "陈洁");
      assertThat(as("hejing").page("/applications/" + instanceId).getBody()).contains("部门负责人审核", "抄送给何静、陈洁");

      assertThat(as("hejing").list("/task").getBody()).isEmpty();
      assertThat(as("hejing").post("/task/" + task + "/submit-form", variables(Map.of("decision", "APPROVE")))
          .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(as("hejing").post("/task/" + task + "/claim", Map.of("userId", "hejing")).getStatusCode())
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(as("hejing").apiPost("/applications/" + instanceId + "/cc", Map.of("recipients", List.of("sunli")))
          .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(as("sunli").api("/applications/" + instanceId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      onlyTaskOf("lina", "部门负责人审核");
    }

    @Test
    void theDrafterCopiesInAtTheStartAndTheHeadWithTheDecision() {
      String instanceId = submitPlan(Map.of("ccRecipients", "zhaoqiang"));
      String task = onlyTaskOf("lina", "部门负责人审核");
      as("lina").post("/task/" + task + "/claim", Map.of("userId", "lina"));
      as("lina").post("/task/" + task + "/submit-form", variables(Map.of("decision", "APPROVE", "ccRecipients", "shenhao, qianjun")));

      assertThat(as("zhaoqiang").listApi("/cc")).extracting(cc -> cc.get("from")).containsExactly("王芳");
      assertThat(as("shenhao").listApi("/cc")).extracting(cc -> cc.get("from")).containsExactly("李娜");
      assertThat(as("qianjun").api("/applications/" + instanceId).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(engine.getRuntimeService().getVariable(instanceId, "ccRecipients")).isNull();
    }

    @Test
    void copyingInSomeoneWhoDoesNotExistIsRefusedAndTheTaskStaysOpen() {
      String instanceId = submitPlan(Map.of());
      String task = onlyTaskOf("lina", "部门负责人审核");
      as("lina").post("/task/" + task + "/claim", Map.of("userId", "lina"));

      ResponseEntity<Map<String, Object>> refused = as("lina").post("/task/" + task + "/submit-form",
          variables(Map.of("decision", "APPROVE", "ccRecipients", "nobody")));

      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(message(refused)).isEqualTo("用户不存在：nobody。");
      onlyTaskOf("lina", "部门负责人审核");
      assertThat(as("wangfang").apiPost("/applications/" + instanceId + "/cc", Map.of("recipients", List.of())).getStatusCode())
          .isEqualTo(HttpStatus.BAD_REQUEST);
    }
  }

  @Nested
  class Remind {

    @Test
    void theDrafterRemindsTheHeadOnceAndMustWaitForTheInterval() {
      String instanceId = submitPlan(Map.of());
      String task = onlyTaskOf("lina", "部门负责人审核");

      ResponseEntity<Map<String, Object>> reminded = as("wangfang").apiPost("/applications/" + instanceId + "/remind", Map.of());
      assertThat(reminded.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(message(reminded)).isEqualTo("已催办 1 项待办。");
      assertThat(notifications.findByEventKeyStartingWithOrderById("manual-reminder:" + task))
          .extracting(Notification::recipient).containsExactly("lina");

      ResponseEntity<Map<String, Object>> again = as("wangfang").apiPost("/applications/" + instanceId + "/remind", Map.of());
      assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(message(again)).startsWith("催办过于频繁");
      assertThat(as("lina").apiPost("/applications/" + instanceId + "/remind", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

      ClockUtil.setCurrentTime(Date.from(CleanSlate.TODAY.plus(Duration.ofHours(4).plusMinutes(1))));
      assertThat(as("wangfang").apiPost("/applications/" + instanceId + "/remind", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(notifications.findByEventKeyStartingWithOrderById("manual-reminder:" + task)).hasSize(2);
    }
  }

  @Nested
  class DeadlinePatrol {

    @Test
    void theHeadIsRemindedOnceBeforeTheDueDateAndManagementTakesOverWhenItPasses() {
      String instanceId = submitPlan(Map.of());
      String task = onlyTaskOf("lina", "部门负责人审核");
      assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getDueDate())
          .isEqualTo(Date.from(CleanSlate.TODAY.plus(Duration.ofDays(2))));

      patrolAt(Duration.ofHours(30)); // not yet within the 12 hours before the due date
      assertThat(notifications.findByEventKeyStartingWithOrderById("deadline-reminder:" + task)).isEmpty();

      patrolAt(Duration.ofHours(37));
      patrolAt(Duration.ofHours(40));
      assertThat(notifications.findByEventKeyStartingWithOrderById("deadline-reminder:" + task))
          .extracting(Notification::recipient).containsExactly("lina");
      assertThat(as("xulan").list("/task").getBody()).isEmpty();

      patrolAt(Duration.ofHours(49));
      patrolAt(Duration.ofHours(60));
      assertThat(notifications.findByEventKeyStartingWithOrderById("escalation:" + task))
          .extracting(Notification::recipient).containsExactlyInAnyOrder("yangjianguo", "xulan");
      assertThat(as("xulan").list("/task?candidateGroup=management").getBody()).extracting(t -> t.get("id")).containsExactly(task);
      assertThat(engine.getTaskService().getTaskComments(task)).extracting(Comment::getFullMessage)
          .containsExactly("已逾期（办理期限 2026-11-23 10:00），自动升级至公司管理层督办");

      decide("xulan", task, "APPROVE", "管理层代为审核"); // the escalated task can be worked by management
      assertThat(plans.findByProcessInstanceId(instanceId).orElseThrow().trail()).last()
          .extracting(TrailEntry::actorName).isEqualTo("许兰");
    }

    private void patrolAt(Duration afterStart) {
      ClockUtil.setCurrentTime(Date.from(CleanSlate.TODAY.plus(afterStart)));
      var patrol = engine.getManagementService().createJobQuery().processDefinitionKey("task-deadline-patrol").singleResult();
      engine.getManagementService().executeJob(patrol.getId());
    }
  }
}

package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Elements.*;
import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;
import static com.opsflow.plan.PlanFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.approval.TrailEntry;
import com.opsflow.approval.cc.CarbonCopy;
import com.opsflow.notification.Notification;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.support.EngineTest;

/**
 * Every path of operation-plan-approval.bpmn for every plan type (OM-3.1, OM-3.2, OM-3.3), driven as the
 * demo users with authorizations on: 王芳 (wangfang, 市场部) drafts, 李娜 (lina) heads 市场部, 吴磊 (wulei)
 * works in 运营部, 杨建国 (yangjianguo) is 管理层.
 */
class OperationPlanApprovalProcessTest extends EngineTest {

  static final String DRAFTER = "wangfang";
  static final String MARKETING_HEAD = "lina";
  static final String OPERATIONS = "wulei";
  static final String MANAGEMENT = "yangjianguo";

  @Autowired
  OperationPlans plans;
  @Autowired
  com.opsflow.approval.cc.CarbonCopies carbonCopies;
  @Autowired
  com.opsflow.notification.Notifications outbox;


  ProcessInstance submit(String user, Map<String, Object> plan) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(OperationPlanApprovalProcess.KEY).latestVersion().singleResult().getId();
    return acting.as(user, () -> engine.getFormService().submitStartForm(definitionId, plan));
  }

  Task taskOf(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void decide(String user, ProcessInstance instance, Map<String, Object> decision) {
    Task task = taskOf(instance);
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), decision));
  }

  OperationPlan planOf(ProcessInstance instance) {
    return plans.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  @Nested
  class AnnualPlan {

    @Test
    void isApprovedByDepartmentHeadThenOperationsThenManagement() {
      ProcessInstance instance = submit(DRAFTER, annualPlan(2027));

      assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
      assertThat(instance.getBusinessKey()).isEqualTo("PLAN-2027-MKT-A");
      assertThat(instance).task().hasCandidateGroup("mktHead");
      assertThat(planOf(instance).status()).isEqualTo(PlanStatus.IN_REVIEW);

      decide(MARKETING_HEAD, instance, approve());
      assertThat(instance).isWaitingAt(REVIEW_BY_OPERATIONS);
      assertThat(instance).task().hasCandidateGroup("ops");
      assertThat(instance).variables().doesNotContainKey(DECISION);

      decide(OPERATIONS, instance, decision("APPROVE", "已汇总，与公司年度目标一致"));
      assertThat(instance).isWaitingAt(APPROVE_BY_MANAGEMENT);
      assertThat(instance).task().hasCandidateGroup("management");

      decide(MANAGEMENT, instance, approve());
      assertThat(instance).isEnded().hasPassed(PUT_PLAN_IN_FORCE, END_PLAN_IN_FORCE);

      OperationPlan plan = planOf(instance);
      assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
      assertThat(plan.number()).isEqualTo("PLAN-2027-MKT-A");
      assertThat(plan.department()).isEqualTo("mkt");
      assertThat(plan.departmentName()).isEqualTo("市场部");
      assertThat(plan.version()).isEqualTo(1);
      assertThat(plan.items()).singleElement().satisfies(item -> {
        assertThat(item.goal()).isEqualTo("品牌曝光提升30%");
        assertThat(item.responsible()).isEqualTo("王芳");
        assertThat(item.keyTask()).isTrue();
      });
      assertThat(plan.trail()).extracting(TrailEntry::step, TrailEntry::action, TrailEntry::actorName)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("编制", "提交", "王芳"),
              org.assertj.core.groups.Tuple.tuple("部门负责人审核", "同意", "李娜"),
              org.assertj.core.groups.Tuple.tuple("运营部汇总审核", "同意", "吴磊"),
              org.assertj.core.groups.Tuple.tuple("管理层审批", "同意", "杨建国"));
      assertThat(plan.trail().get(2).comment()).isEqualTo("已汇总，与公司年度目标一致");
    }

    @Test
    void managementMayReturnThePlanToOperationsInsteadOfToTheDrafter() {
      ProcessInstance instance = submit(DRAFTER, annualPlan(2027));
      decide(MARKETING_HEAD, instance, approve());
      assertThat(engine.getTaskService().getVariableLocal(taskOf(instance).getId(), "returnTargets"))
          .as("only steps whose diagram allows it offer 退回到").isNull();
      decide(OPERATIONS, instance, approve());
      assertThat(engine.getTaskService().getVariableLocal(taskOf(instance).getId(), "returnTargets").toString())
          .contains("申请人（修改后重新提交）", "运营部汇总审核（重新审核）");

      decide(MANAGEMENT, instance, decision("RETURN", "请运营部核对各部门预算口径").putValue("returnTo", "Task_ReviewByOperations"));

      assertThat(instance).isWaitingAt(REVIEW_BY_OPERATIONS);
      assertThat(planOf(instance).status()).isEqualTo(PlanStatus.IN_REVIEW);
      assertThat(planOf(instance).trail()).last().extracting(TrailEntry::action, TrailEntry::comment)
          .containsExactly("退回至运营部汇总审核", "请运营部核对各部门预算口径");
      decide(OPERATIONS, instance, decision("APPROVE", "已核对"));
      decide(MANAGEMENT, instance, decision("RETURN", "仍需量化").putValue("returnTo", "APPLICANT"));
      assertThat(instance).isWaitingAt(REVISE_PLAN);
      assertThat(instance).variables().doesNotContainKey("returnTo");
    }

    @Test
    void aStepMayOnlyReturnWhereItsDiagramAllows() {
      ProcessInstance instance = submit(DRAFTER, annualPlan(2027));
      Task task = taskOf(instance);
      assertThatThrownBy(() -> acting.as(MARKETING_HEAD, () -> engine.getFormService().submitTaskForm(task.getId(),
          decision("RETURN", "请修改").putValue("returnTo", "Task_ReviewByOperations"))))
          .isInstanceOf(SubmissionRefused.class).hasMessage("此环节只能退回给申请人。");
      assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
    }

    @ParameterizedTest(name = "returned at {0}, revised, then approved")
    @CsvSource({"Task_ReviewByDepartmentHead", "Task_ReviewByOperations", "Task_ApproveByManagement"})
    void returnedForRevisionGoesBackToTheDrafterAndRestartsTheRoute(String returningStep) {
      ProcessInstance instance = submit(DRAFTER, annualPlan(2027));
      approveUntil(instance, returningStep);

      decide(reviewerAt(returningStep), instance, decision("RETURN", "目标需要量化到季度"));

      assertThat(instance).isWaitingAt(REVISE_PLAN);
      assertThat(instance).task().isAssignedTo(DRAFTER);
      assertThat(instance).variables().containsEntry(LAST_RETURN_COMMENT, "目标需要量化到季度");
      assertThat(planOf(instance).status()).isEqualTo(PlanStatus.DRAFT);

      Map<String, Object> revised = annualPlan(2027);
      revised.put(PLAN_TITLE, "市场部2027年度运营计划（修订）");
      decide(DRAFTER, instance, revised);

      assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
      approveUntil(instance, null);
      assertThat(instance).isEnded().hasPassed(END_PLAN_IN_FORCE);
      OperationPlan plan = planOf(instance);
      assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
      assertThat(plan.title()).isEqualTo("市场部2027年度运营计划（修订）");
      assertThat(plan.trail()).extracting(TrailEntry::action)
          .contains("退回修改", "修改后重新提交")
          .last().isEqualTo("同意");
    }

    @ParameterizedTest(name = "rejected at {0}")
    @CsvSource({"Task_ReviewByDepartmentHead, End_RejectedByHead", "Task_ReviewByOperations, End_RejectedByOperations",
        "Task_ApproveByManagement, End_RejectedByManagement"})
    void rejectedEndsThePlanAndFreesThePeriod(String rejectingStep, String rejectedEnd) {
      ProcessInstance instance = submit(DRAFTER, annualPlan(2027));
      approveUntil(instance, rejectingStep);

      decide(reviewerAt(rejectingStep), instance, decision("REJECT", "与公司战略不符"));

      assertThat(instance).isEnded().hasPassed(rejectedEnd).hasNotPassed(PUT_PLAN_IN_FORCE);
      OperationPlan rejected = planOf(instance);
      assertThat(rejected.status()).isEqualTo(PlanStatus.REJECTED);
      assertThat(rejected.trail()).last().extracting(TrailEntry::action, TrailEntry::comment)
          .containsExactly("驳回", "与公司战略不符");

      ProcessInstance second = submit(DRAFTER, annualPlan(2027));
      assertThat(second).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
      assertThat(second.getBusinessKey()).isEqualTo("PLAN-2027-MKT-A-2");
    }
  }

  @Nested
  class QuarterlyPlan {

    @Test
    void isFiledWithManagementAfterOperationsReview() {
      ProcessInstance instance = submit(DRAFTER, quarterlyPlan(2027, 1));

      assertThat(instance).isWaitingAt(REVIEW_BY_OPERATIONS).hasNotPassed(REVIEW_BY_DEPARTMENT_HEAD);
      assertThat(instance.getBusinessKey()).isEqualTo("PLAN-2027-MKT-Q1");
      decide(OPERATIONS, instance, approve());

      assertThat(instance).isEnded().hasPassed(END_PLAN_IN_FORCE).hasNotPassed(APPROVE_BY_MANAGEMENT);
      OperationPlan plan = planOf(instance);
      assertThat(plan.status()).isEqualTo(PlanStatus.FILED);
      assertThat(plan.filedWith()).isEqualTo("management");
      assertThat(plan.period().label()).isEqualTo("2027年第1季度");
      // 备案 tells 管理层: the plan is in their 抄送我的, with a mail
      assertThat(carbonCopies.copiesOf(instance.getId()))
          .extracting(CarbonCopy::recipient, CarbonCopy::note)
          .containsExactlyInAnyOrder(tuple("xulan", plan.title() + "已报公司管理层备案"),
              tuple("yangjianguo", plan.title() + "已报公司管理层备案"));
      assertThat(outbox.findByRecipientOrderById("yangjianguo")).extracting(Notification::subject)
          .anyMatch(subject -> subject.startsWith("【抄送】运营计划审批（PLAN-2027-MKT-Q1）"));
    }

    @Test
    void returnedByOperationsThenFiled() {
      ProcessInstance instance = submit(DRAFTER, quarterlyPlan(2027, 2));
      decide(OPERATIONS, instance, decision("RETURN", "请按年度计划分解"));
      assertThat(instance).isWaitingAt(REVISE_PLAN);

      decide(DRAFTER, instance, quarterlyPlan(2027, 2));
      assertThat(instance).isWaitingAt(REVIEW_BY_OPERATIONS);
      decide(OPERATIONS, instance, approve());
      assertThat(planOf(instance).status()).isEqualTo(PlanStatus.FILED);
    }

    @Test
    void rejectedByOperations() {
      ProcessInstance instance = submit(DRAFTER, quarterlyPlan(2027, 3));
      decide(OPERATIONS, instance, decision("REJECT", "不符合年度计划"));
      assertThat(instance).isEnded().hasPassed(END_REJECTED_BY_OPERATIONS);
      assertThat(planOf(instance).status()).isEqualTo(PlanStatus.REJECTED);
    }
  }

  @Nested
  class MonthlyPlan {

    @Test
    void isPublishedAfterOperationsReviewAndFiledWithOperations() {
      ProcessInstance instance = submit(DRAFTER, monthlyPlan(2027, 1));

      assertThat(instance).isWaitingAt(REVIEW_BY_OPERATIONS);
      assertThat(instance.getBusinessKey()).isEqualTo("PLAN-2027-MKT-M01");
      decide(OPERATIONS, instance, approve());

      OperationPlan plan = planOf(instance);
      assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
      assertThat(plan.filedWith()).isEqualTo("ops");
      assertThat(plan.items().get(0).keyTask()).isTrue();
      // 发布 tells the department that carries it out, 备案 运营部: each finds it in 抄送我的
      assertThat(carbonCopies.copiesOf(instance.getId())).extracting(CarbonCopy::recipient)
          .as("吴磊 published it himself").containsExactlyInAnyOrder("lina", "wangfang", "zhangwei", "zhoumin");
      assertThat(carbonCopies.copiesOf(instance.getId())).extracting(CarbonCopy::note)
          .containsOnly(plan.title() + "已发布执行，请按计划执行（已报运营部备案）");
    }

    @Test
    void returnedByOperationsThenPublished() {
      ProcessInstance instance = submit(DRAFTER, monthlyPlan(2026, 12));
      decide(OPERATIONS, instance, decision("RETURN", "请标出重点工作"));
      decide(DRAFTER, instance, monthlyPlan(2026, 12));
      decide(OPERATIONS, instance, approve());
      assertThat(planOf(instance).status()).isEqualTo(PlanStatus.PUBLISHED);
    }

    @Test
    void rejectedByOperations() {
      ProcessInstance instance = submit(DRAFTER, monthlyPlan(2027, 2));
      decide(OPERATIONS, instance, decision("REJECT", "重复计划"));
      assertThat(instance).isEnded().hasPassed(END_REJECTED_BY_OPERATIONS);
    }
  }

  @Nested
  class Refusals {

    @Test
    void aSecondPlanForTheSamePeriodIsRefused() {
      submit(DRAFTER, annualPlan(2027));

      assertThatThrownBy(() -> submit("zhangwei", annualPlan(2027)))
          .isInstanceOf(SubmissionRefused.class)
          .hasMessage("市场部在2027年度已有一份年度运营计划（编号 PLAN-2027-MKT-A，状态：审批中），同一期间不能再提交一份。");
      assertThat(plans.count()).isEqualTo(1);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);
    }

    @Test
    void anotherDepartmentMayPlanTheSamePeriod() {
      submit(DRAFTER, annualPlan(2027));
      ProcessInstance sales = submit("sunli", annualPlan(2027));
      assertThat(sales.getBusinessKey()).isEqualTo("PLAN-2027-SALES-A");
      assertThat(sales).task().hasCandidateGroup("salesHead");
    }

    @Test
    void anIncompletePlanIsRefusedWithEveryReasonAndNothingIsSaved() {
      Map<String, Object> incomplete = without(annualPlan(2027), PLAN_TITLE, PLAN_SUMMARY);
      incomplete.put(PLAN_ITEMS, org.camunda.spin.plugin.variable.SpinValues.jsonValue(
          "[" + item("2028-01-15") + "]").create());

      long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
      assertThatThrownBy(() -> submit(DRAFTER, incomplete))
          .isInstanceOf(SubmissionRefused.class)
          .hasMessageContaining("请填写计划名称")
          .hasMessageContaining("请填写计划概述")
          .hasMessageContaining("第 1 项计划事项的时间节点 2028-01-15 不在计划期间（2027-01-01 至 2027-12-31）内");
      assertThat(plans.count()).isZero();
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void aReturnWithoutCommentIsRefusedAndTheTaskStaysOpen() {
      ProcessInstance instance = submit(DRAFTER, annualPlan(2027));

      assertThatThrownBy(() -> decide(MARKETING_HEAD, instance, decision("RETURN", "  ")))
          .isInstanceOf(SubmissionRefused.class)
          .hasMessage("退回修改时必须填写审批意见，说明原因。");
      assertThatThrownBy(() -> decide(MARKETING_HEAD, instance, decision("REJECT", null)))
          .hasMessage("驳回时必须填写审批意见，说明原因。");
      assertThatThrownBy(() -> decide(MARKETING_HEAD, instance, decision("MAYBE", null)))
          .hasMessage("审批结论“MAYBE”无效，只能是同意、退回修改或驳回。");
      assertThatThrownBy(() -> decide(MARKETING_HEAD, instance, Map.of()))
          .hasMessage("请选择审批结论（同意、退回修改或驳回）。");

      assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
      assertThat(planOf(instance).trail()).hasSize(1);
    }

    @Test
    void anOverlongCommentIsRefused() {
      ProcessInstance instance = submit(DRAFTER, annualPlan(2027));
      assertThatThrownBy(() -> decide(MARKETING_HEAD, instance, decision("RETURN", "很".repeat(2001))))
          .hasMessage("审批意见不能超过 2000 个字（当前 2001 个字）。");
      assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
    }

    @Test
    void anInvalidRevisionIsRefusedAndTheRevisionTaskStaysOpen() {
      ProcessInstance instance = submit(DRAFTER, annualPlan(2027));
      decide(MARKETING_HEAD, instance, decision("RETURN", "补充资源需求"));

      Map<String, Object> broken = annualPlan(2027);
      broken.put(PLAN_ITEMS, org.camunda.spin.plugin.variable.SpinValues.jsonValue("[]").create());
      assertThatThrownBy(() -> decide(DRAFTER, instance, broken)).hasMessage("计划事项至少需要 1 项");

      assertThat(instance).isWaitingAt(REVISE_PLAN);
      assertThat(planOf(instance).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void anotherDepartmentCannotWorkTheHeadReview() {
      ProcessInstance instance = submit(DRAFTER, annualPlan(2027));

      assertThatThrownBy(() -> decide("zhaoqiang", instance, approve())).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> decide(DRAFTER, instance, approve())).isInstanceOf(AuthorizationException.class);
      assertThat(instance).isWaitingAt(REVIEW_BY_DEPARTMENT_HEAD);
      assertThat(acting.as("zhaoqiang", () -> engine.getTaskService().createTaskQuery().count())).isZero();
    }

    @Test
    void managementCannotStartAPlan() {
      assertThatThrownBy(() -> submit(MANAGEMENT, annualPlan(2027))).isInstanceOf(AuthorizationException.class);
    }
  }

  private void approveUntil(ProcessInstance instance, String stopAt) {
    for (String step : new String[] {REVIEW_BY_DEPARTMENT_HEAD, REVIEW_BY_OPERATIONS, APPROVE_BY_MANAGEMENT}) {
      if (step.equals(stopAt)) {
        return;
      }
      assertThat(instance).isWaitingAt(step);
      decide(reviewerAt(step), instance, approve());
    }
  }

  private static String reviewerAt(String step) {
    return switch (step) {
      case REVIEW_BY_DEPARTMENT_HEAD -> MARKETING_HEAD;
      case REVIEW_BY_OPERATIONS -> OPERATIONS;
      case APPROVE_BY_MANAGEMENT -> MANAGEMENT;
      default -> throw new IllegalArgumentException(step);
    };
  }
}

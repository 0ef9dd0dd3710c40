package com.opsflow.approval;

import static com.opsflow.plan.PlanFixtures.annualPlan;
import static com.opsflow.plan.PlanFixtures.approve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.plan.OperationPlans;
import com.opsflow.support.EngineTest;

/**
 * Nobody decides on their own application (内控): 李娜, head of 市场部, drafts 市场部's plan — 部门负责人审核 goes to
 * 运营部, as self-approval.dmn says; 吴磊 of 运营部 drafts 运营部's plan — at 运营部汇总审核 his colleague 周敏 decides,
 * and his own decision is refused.
 */
class OwnApplicationsTest extends EngineTest {

  ProcessInstance submit(String drafter) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    return acting.as(drafter, () -> engine.getFormService().submitStartForm(definition, annualPlan(2027)));
  }

  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  void decide(String reviewer, ProcessInstance instance) {
    Task task = task(instance);
    acting.as(reviewer, () -> engine.getFormService().submitTaskForm(task.getId(), approve()));
  }

  @Test
  void aHeadsOwnPlanIsReviewedBy运营部InsteadOfHerself() {
    ProcessInstance plan = submit("lina");

    Task headReview = task(plan);
    assertThat(headReview.getName()).isEqualTo("部门负责人审核");
    assertThat(candidateGroups(headReview)).containsExactly("ops");
    assertThat(engine.getTaskService().getTaskComments(headReview.getId())).extracting(Comment::getFullMessage)
        .containsExactly("申请人本人不审批本人的申请，本环节转交运营部审批。");
    assertThat(acting.as("lina", () -> engine.getTaskService().createTaskQuery().taskCandidateUser("lina").list()))
        .as("the head does not find her own plan in 部门待办").isEmpty();

    decide("wulei", plan);
    assertThat(task(plan).getName()).isEqualTo("运营部汇总审核");
  }

  @Autowired
  OperationPlans plans;

  String variant;

  /** A process owner's new version of self-approval.dmn: the table as shipped, with one change. */
  void tableSays(UnaryOperator<String> change) throws Exception {
    String table = Files.readString(Path.of("processes", "self-approval.dmn"));
    String changed = change.apply(table);
    assertThat(changed).as("the change applies to the shipped table").isNotEqualTo(table);
    variant = engine.getRepositoryService().createDeployment().name("self-approval-variant")
        .addString("self-approval.dmn", changed).deploy().getId();
  }

  @AfterEach
  void shippedTableAgain() {
    if (variant != null) {
      engine.getRepositoryService().deleteDeployment(variant, true);
    }
  }

  List<String> trail(ProcessInstance plan) {
    return plans.findByProcessInstanceId(plan.getId()).orElseThrow().trail().stream()
        .map(entry -> entry.step() + "|" + entry.action() + "|" + entry.actorName()).toList();
  }

  @Test
  void theSameApproverTwiceInARowDecidesOnce() {
    ProcessInstance plan = submit("wulei");
    decide("zhoumin", plan); // 运营部's head reviews her staff's plan; at 运营部汇总审核 only she could decide again

    assertThat(task(plan).getName()).isEqualTo("管理层审批");
    assertThat(trail(plan)).containsSubsequence("部门负责人审核|同意|周敏", "运营部汇总审核|同一审批人已在上一环节同意，自动通过|周敏");
  }

  @Test
  void aStepTheTableSkipsIsApprovedWithATrailEntry() throws Exception {
    tableSays(table -> table.replace("<outputEntry id=\"Rule_Head_Policy\"><text>\"转交上级\"</text>",
        "<outputEntry id=\"Rule_Head_Policy\"><text>\"自动跳过\"</text>"));
    ProcessInstance plan = submit("lina");

    assertThat(task(plan).getName()).isEqualTo("运营部汇总审核");
    assertThat(trail(plan)).containsSubsequence("部门负责人审核|申请人本人，自动跳过|系统");
  }

  @Test
  void aStepTheTableKeepsIsDecidedByTheApplicantHerself() throws Exception {
    tableSays(table -> table.replace("<outputEntry id=\"Rule_Head_Policy\"><text>\"转交上级\"</text>",
        "<outputEntry id=\"Rule_Head_Policy\"><text>\"本人办理\"</text>"));
    ProcessInstance plan = submit("lina");
    assertThat(candidateGroups(task(plan))).containsExactly("mktHead");

    decide("lina", plan);
    assertThat(task(plan).getName()).isEqualTo("运营部汇总审核");
    assertThat(trail(plan)).containsSubsequence("部门负责人审核|同意|李娜");
  }

  @Test
  void whereColleaguesCanDecideTheApplicantsOwnDecisionIsRefused() throws Exception {
    tableSays(table -> table.replace("<outputEntry id=\"Rule_Operations_SameApprover\"><text>\"自动通过\"</text>",
        "<outputEntry id=\"Rule_Operations_SameApprover\"><text>\"不自动\"</text>"));
    ProcessInstance plan = submit("wulei");
    decide("zhoumin", plan); // 运营部's head reviews her staff's plan
    Task operations = task(plan);
    assertThat(operations.getName()).isEqualTo("运营部汇总审核");
    assertThat(candidateGroups(operations)).as("周敏 can decide as well: the step stays with 运营部").containsExactly("ops");

    assertThatThrownBy(() -> decide("wulei", plan)).isInstanceOf(SubmissionRefused.class)
        .hasMessage("这是您本人的申请，按内控要求不能由您本人审批，请由其他有权审批的同事办理。");
    assertThat(task(plan).getId()).isEqualTo(operations.getId());

    decide("zhoumin", plan);
    assertThat(task(plan).getName()).isEqualTo("管理层审批");
  }

  @Test
  void aStaffMembersPlanGoesToTheHeadAsAlways() {
    ProcessInstance plan = submit("wangfang");
    assertThat(candidateGroups(task(plan))).containsExactly("mktHead");
    assertThat(engine.getTaskService().getTaskComments(task(plan).getId())).isEmpty();
  }

  @Test
  void aStepNobodyCouldWorkGoesToTheAdministratorsWithTheReason() {
    var identity = engine.getIdentityService();
    var legal = identity.newGroup("legal");
    legal.setName("法务部");
    legal.setType("department");
    identity.saveGroup(legal);
    var legalHead = identity.newGroup("legalHead"); // set up in Admin, its head not yet named
    legalHead.setName("法务部负责人");
    legalHead.setType("department-head");
    identity.saveGroup(legalHead);
    var drafter = identity.newUser("legalstaff");
    drafter.setFirstName("周");
    drafter.setLastName("律");
    identity.saveUser(drafter);
    identity.createMembership("legalstaff", "legal");
    // a department added in Admin after start-up gets its start permission as the next start-up would grant it
    var authorizations = engine.getAuthorizationService();
    var startPlans = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    startPlans.setGroupId("legal");
    startPlans.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
    startPlans.setResourceId("operation-plan-approval");
    startPlans.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    startPlans.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(startPlans);
    var createInstances = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    createInstances.setGroupId("legal");
    createInstances.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE);
    createInstances.setResourceId("*");
    createInstances.addPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE);
    authorizations.saveAuthorization(createInstances);
    try {
      ProcessInstance plan = submit("legalstaff");

      Task headReview = task(plan);
      assertThat(headReview.getName()).isEqualTo("部门负责人审核");
      assertThat(candidateGroups(headReview)).containsExactly("camunda-admin");
      assertThat(engine.getTaskService().getTaskComments(headReview.getId())).extracting(Comment::getFullMessage)
          .containsExactly("本环节无人可办理（法务部负责人没有成员），已转交系统管理员处理，请在组织架构中补齐后转办。");
    } finally {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("operation-plan-approval").list()
          .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test clean-up"));
      jdbc.update("delete from operation_plan_trail where plan_id in (select id from operation_plan where department = 'legal')");
      jdbc.update("delete from operation_plan_item where plan_id in (select id from operation_plan where department = 'legal')");
      jdbc.update("delete from operation_plan where department = 'legal'");
      authorizations.createAuthorizationQuery().groupIdIn("legal").list()
          .forEach(a -> authorizations.deleteAuthorization(a.getId()));
      identity.deleteUser("legalstaff");
      identity.deleteGroup("legal");
      identity.deleteGroup("legalHead");
    }
  }
}

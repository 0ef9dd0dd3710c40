package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Elements.*;
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

import com.opsflow.approval.TrailEntry;
import com.opsflow.approval.application.Withdrawals;
import com.opsflow.kernel.Refusal;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.performance.LedgerEntry;
import com.opsflow.performance.PerformanceLedger;
import com.opsflow.support.EngineTest;

/**
 * Every path of collaboration-project.bpmn and project-coordination.bpmn (OC-4): 市场部 (wangfang) applies
 * with 销售部 and 研发部; heads 李娜 (lina), 赵强 (zhaoqiang), 钱军 (qianjun); 吕波 (lvbo) of the
 * collaboration group appoints 张伟 (zhangwei) as lead. Timers are fired by executing their jobs.
 */
class CollaborationProjectProcessTest extends EngineTest {

  static final String APPLICANT = "wangfang";
  static final String LEAD = "zhangwei";
  static final String GROUP = "lvbo";
  static final Map<String, String> HEADS = Map.of("mkt", "lina", "sales", "zhaoqiang", "rnd", "qianjun");

  @Autowired
  CollaborationProjects projects;
  @Autowired
  ProgressReports reports;
  @Autowired
  CoordinationIssues issues;
  @Autowired
  PerformanceLedger ledger;
  @Autowired
  Withdrawals withdrawals;

  ProcessInstance apply() {
    return apply(application());
  }

  ProcessInstance apply(Map<String, Object> application) {
    ProcessInstance project = start(CollaborationProjectProcess.KEY, APPLICANT);
    complete(APPLICANT, project, application);
    return project;
  }

  static VariableMap application() {
    return Variables.createVariables()
        .putValue("projectName", "新品上市联合推广")
        .putValue("projectGoal", "三个月内新品覆盖华东 80% 渠道")
        .putValue("projectTasks", "市场策划、渠道铺货、产品培训")
        .putValue("projectStart", "2026-12-01")
        .putValue("projectEnd", "2027-03-31")
        .putValue("participatingDepartments", SpinValues.jsonValue("[\"sales\",\"rnd\"]").create())
        .putValue("participants", "王芳（市场部）、孙丽（销售部）、何静（研发部）")
        .putValue("projectScope", "华东三省渠道，不含线上")
        .putValue("feasibility", "渠道已有合作基础，培训资源充足；风险是铺货周期")
        .putValue("projectBudget", 30);
  }

  ProcessInstance approvedAndPlanned() {
    ProcessInstance project = apply();
    complete("lina", project, decision("APPROVE", null));
    complete(GROUP, project, decision("APPROVE", null).putValue("projectLead", LEAD).putValue("assessment", "必要、可行"));
    complete(LEAD, project, Map.of("responsibilities", "市场部策划，销售部铺货，研发部培训", "wayOfWorking", "每周例会"));
    complete(LEAD, project, plan());
    return project;
  }

  static VariableMap plan() {
    return Variables.createVariables().putValue("phases", SpinValues.jsonValue("""
        [{"name":"策划","tasks":"方案与物料","deadline":"2026-12-31","responsible":"王芳","deliverables":"推广方案"},
         {"name":"铺货","tasks":"渠道铺货与培训","deadline":"2027-03-15","responsible":"孙丽","deliverables":"铺货报告"}]""").create())
        .putValue("resourcePlan", "三部门各出两人，推广经费 30 万元")
        .putValue("qualityPlan", "每阶段交付物由项目负责人检查，铺货率每周核对");
  }

  /** 会签: every head approves — or, when one returns it, that head decides first and the round ends for all. */
  void everyHeadReviews(ProcessInstance project, String returningDepartment) {
    List<Task> reviews = tasks(project, REVIEW_PLAN);
    assertThat(reviews).hasSize(3);
    if (returningDepartment != null) {
      String head = HEADS.get(returningDepartment);
      Task review = acting.as(head, () -> engine.getTaskService().createTaskQuery()
          .processInstanceId(project.getId()).taskDefinitionKey(REVIEW_PLAN).singleResult());
      acting.as(head, () -> engine.getFormService().submitTaskForm(review.getId(), decision("RETURN", "铺货时间太紧")));
      assertThat(tasks(project, REVIEW_PLAN)).as("a return ends the countersign round for everyone").isEmpty();
      return;
    }
    for (Map.Entry<String, String> head : HEADS.entrySet()) {
      Task review = acting.as(head.getValue(), () -> engine.getTaskService().createTaskQuery()
          .processInstanceId(project.getId()).taskDefinitionKey(REVIEW_PLAN).singleResult());
      assertThat(review).as("plan review of " + head.getKey()).isNotNull();
      acting.as(head.getValue(), () -> engine.getFormService().submitTaskForm(review.getId(), decision("APPROVE", null)));
    }
  }

  void everyHeadAccepts(ProcessInstance project, String failingDepartment) {
    for (Map.Entry<String, String> head : HEADS.entrySet()) {
      Task review = acting.as(head.getValue(), () -> engine.getTaskService().createTaskQuery()
          .processInstanceId(project.getId()).taskDefinitionKey(REVIEW_ACCEPTANCE).singleResult());
      acting.as(head.getValue(), () -> engine.getFormService().submitTaskForm(review.getId(),
          head.getKey().equals(failingDepartment) ? Map.of("acceptance", "FAIL", "gaps", "培训覆盖不足")
              : Map.of("acceptance", "PASS")));
    }
  }

  @Test
  void marketingSalesAndRnDCarryAProjectFromApplicationToAcceptance() {
    ProcessInstance project = apply();
    assertThat(project).isWaitingAt(REVIEW_BY_HEAD).task().hasCandidateGroup("mktHead");
    assertThat(businessKey(project)).isEqualTo("PRJ-2026-001");
    complete("lina", project, decision("APPROVE", null));
    assertThat(project).isWaitingAt(REVIEW_BY_GROUP).task().hasCandidateGroup("collaboration");
    complete(GROUP, project, decision("APPROVE", "同意立项").putValue("projectLead", LEAD));
    assertThat(project).isWaitingAt(RECORD_KICK_OFF).task().isAssignedTo(LEAD);
    complete(LEAD, project, Map.of("responsibilities", "市场部策划，销售部铺货，研发部培训", "wayOfWorking", "每周例会"));
    complete(LEAD, project, plan());

    everyHeadReviews(project, "sales");
    assertThat(project).isWaitingAt(WRITE_PLAN).task().isAssignedTo(LEAD);
    assertThat(project).variables().containsEntry("planReturnComments", "销售部：铺货时间太紧");
    complete(LEAD, project, plan());
    everyHeadReviews(project, null);
    assertThat(project).isWaitingAt(MONITOR_EXECUTION).task().isAssignedTo(LEAD);

    fire(project, PROGRESS_DUE);
    List<Task> progress = tasks(project, REPORT_PROGRESS);
    assertThat(progress).extracting(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder("mkt", "sales", "rnd");
    for (Task task : progress) {
      String department = engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId();
      String reporter = Map.of("mkt", "wangfang", "sales", "sunli", "rnd", "hejing").get(department);
      acting.as(reporter, () -> engine.getFormService().submitTaskForm(task.getId(),
          Map.of("progress", department + " 按计划推进", "costIncurred", 4.5)));
    }
    fire(project, PROGRESS_DUE);
    assertThat(tasks(project, REPORT_PROGRESS)).as("the next period's reports are due").hasSize(3);
    assertThat(project).isWaitingAt(MONITOR_EXECUTION);

    ProcessInstance coordination = start(ProjectCoordinationProcess.KEY, "sunli");
    complete("sunli", coordination, Map.of("chosenProject", String.valueOf(projectOf(project).id()), "issue", "研发部培训资料未到位"));
    assertThat(coordination).isWaitingAt(ProjectCoordinationProcess.Elements.RESOLVE_ISSUE).task().isAssignedTo(LEAD);
    complete(LEAD, coordination, Map.of("outcome", "研发部本周五前提供资料"));
    assertThat(coordination).isEnded();

    completeByLead(project, Map.of("results", "覆盖 82% 渠道"));
    assertThat(tasks(project, REPORT_PROGRESS)).as("reports not yet given end with the execution").isEmpty();
    everyHeadAccepts(project, "rnd");
    assertThat(project).isWaitingAt(MONITOR_EXECUTION);
    assertThat(project).variables().containsEntry("acceptanceGaps", "研发部：培训覆盖不足");
    completeByLead(project, Map.of("results", "覆盖 85% 渠道，补充培训完成"));
    everyHeadAccepts(project, null);

    assertThat(project).variables().containsEntry("costStatus", "预算 30 万元，已发生 13.5 万元（45%）");
    assertThatThrownBy(() -> complete(LEAD, project, Map.of("lessons", "例会机制有效，培训应前置")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请填写验收报告");
    complete(LEAD, project, Map.of("acceptanceReport", "验收通过：覆盖 85% 渠道，成本 13.5 万元，低于预算",
        "lessons", "例会机制有效，培训应前置"));
    assertThat(project).isWaitingAt(RECORD_INCENTIVES).task().hasCandidateGroup("collaboration");
    complete(GROUP, project, Variables.createVariables().putValue("incentives", SpinValues.jsonValue("""
        [{"department":"sales","person":"孙丽","kind":"COMMEND","points":5,"reason":"铺货超额完成"},
         {"department":"rnd","kind":"PENALISE","points":2,"reason":"培训资料拖延"}]""").create()));

    // CC-3.4: the 后评价 a configured time (90 days) after the summary, by 运营部
    assertThat(project).isWaitingAt(WAIT_FOR_POST_EVALUATION);
    assertThat(projectOf(project).status()).isEqualTo(ProjectStatus.CLOSED);
    fire(project, WAIT_FOR_POST_EVALUATION);
    assertThat(project).isWaitingAt(POST_EVALUATION).task().hasCandidateGroup("ops");
    assertThatThrownBy(() -> complete("wulei", project, Map.of("goalAchievement", "渠道覆盖达标")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请填写效益评价");
    complete("wulei", project, Map.of("goalAchievement", "渠道覆盖 85%，达到目标", "benefits", "新品首季销售额 1200 万元",
        "evaluationSuggestions", "培训前置到铺货之前"));

    assertThat(project).isEnded().hasPassed(END_PROJECT_CLOSED);
    CollaborationProject record = projectOf(project);
    assertThat(record.status()).isEqualTo(ProjectStatus.EVALUATED);
    assertThat(record.postEvaluation()).contains("渠道覆盖 85%", "新品首季销售额 1200 万元", "培训前置到铺货之前");
    assertThat(record.acceptanceReport()).startsWith("验收通过");
    assertThat(record.lead()).isEqualTo(LEAD);
    assertThat(record.planRound()).isEqualTo(2);
    assertThat(record.acceptanceRound()).isEqualTo(2);
    assertThat(record.departments()).containsExactlyInAnyOrder("mkt", "sales", "rnd");
    assertThat(record.phases()).extracting(ProjectPhase::name).containsExactly("策划", "铺货");
    assertThat(record.trail()).extracting(TrailEntry::step).contains("计划审核第1轮·销售部", "验收第1轮·研发部");
    assertThat(reports.findByProjectIdOrderById(record.id())).hasSize(3);
    assertThat(issues.findByProjectIdOrderById(record.id())).singleElement()
        .satisfies(issue -> assertThat(issue.outcome()).isEqualTo("研发部本周五前提供资料"));
    assertThat(ledger.findByProjectIdOrderById(record.id()))
        .extracting(LedgerEntry::department, LedgerEntry::person, LedgerEntry::points, LedgerEntry::projectNumber)
        .containsExactly(tuple("sales", "孙丽", 5, "PRJ-2026-001"), tuple("rnd", null, -2, "PRJ-2026-001"));
  }

  @Test
  void theApplicantMayWithdrawTheApplicationUntilTheHeadActs() {
    ProcessInstance project = apply();
    withdrawals.withdraw(project.getId(), APPLICANT);
    assertThat(project).isEnded().hasPassed("End_ApplicationWithdrawn");
    assertThat(projectOf(project).statusLabel()).isEqualTo("已撤回");

    ProcessInstance second = apply();
    complete("lina", second, decision("APPROVE", null));
    assertThatThrownBy(() -> withdrawals.withdraw(second.getId(), APPLICANT)).isInstanceOf(Refusal.class);
    assertThat(second).isWaitingAt(REVIEW_BY_GROUP);
  }

  @Test
  void theHeadOrTheGroupMayReturnOrReject() {
    ProcessInstance returned = apply();
    complete("lina", returned, decision("RETURN", "请补充预算"));
    assertThat(returned).isWaitingAt(FILL_APPLICATION).task().isAssignedTo(APPLICANT);
    complete(APPLICANT, returned, application());
    complete("lina", returned, decision("APPROVE", null));
    complete(GROUP, returned, decision("RETURN", "资源配置不清"));
    assertThat(returned).isWaitingAt(FILL_APPLICATION);
    assertThat(projectOf(returned).status()).isEqualTo(ProjectStatus.RETURNED);

    ProcessInstance rejectedByHead = apply();
    complete("lina", rejectedByHead, decision("REJECT", "不必要"));
    assertThat(rejectedByHead).isEnded().hasPassed(END_REJECTED_BY_HEAD);

    ProcessInstance rejectedByGroup = apply();
    complete("lina", rejectedByGroup, decision("APPROVE", null));
    assertThatThrownBy(() -> complete(GROUP, rejectedByGroup, decision("APPROVE", null)))
        .hasMessage("同意立项时须从组织中选择项目负责人。");
    complete(GROUP, rejectedByGroup, decision("REJECT", "与年度重点不符"));
    assertThat(rejectedByGroup).isEnded().hasPassed(END_REJECTED_BY_GROUP);
    assertThat(projectOf(rejectedByGroup).status()).isEqualTo(ProjectStatus.REJECTED);
  }

  @Test
  void anApplicationNeedsSensibleDatesAScopeAFeasibilityStudyAndABudget() {
    ProcessInstance project = start(CollaborationProjectProcess.KEY, APPLICANT);
    VariableMap bad = application()
        .putValue("participatingDepartments", SpinValues.jsonValue("[\"mkt\"]").create())
        .putValue("projectEnd", "2026-11-30")
        .putValue("projectScope", " ")
        .putValue("projectBudget", -3);
    bad.remove("feasibility");
    assertThatThrownBy(() -> complete(APPLICANT, project, bad))
        .isInstanceOf(SubmissionRefused.class)
        .satisfies(e -> assertThat(((SubmissionRefused) e).reasons()).containsExactly(
            "完成日期须晚于开始日期", "参与部门不必包括本部门（发起部门自动参与）", "请填写项目范围", "请填写可行性研究",
            "项目预算（万元）应在 0 至 100000 之间，最多两位小数"));
    assertThatThrownBy(() -> complete(APPLICANT, project, application().putValue("projectBudget", "三十万")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请填写项目预算（万元）（数字）");
    assertThat(project).isWaitingAt(FILL_APPLICATION);
    assertThat(projects.count()).isZero();
  }

  /**
   * CC-3.4: any department's own project — 研发部's 何静 applies without other departments and a budget of 80 万元 with a
   * customer; the head 钱军 appoints the lead (no collaboration group), 管理层 returns once and approves the 立项; the plan
   * is reviewed by 研发部's head alone; costs past the budget are reported by mail; acceptance needs the customer's
   * sign-off.
   */
  @Test
  void aDepartmentsOwnProjectIsApprovedByItsHeadAndByManagementForItsBudgetAndControlledAgainstIt() {
    ProcessInstance project = start(CollaborationProjectProcess.KEY, "hejing");
    VariableMap own = application().putValue("projectName", "报表系统性能优化")
        .putValue("participatingDepartments", SpinValues.jsonValue("[]").create())
        .putValue("participants", "何静、研发部两名工程师")
        .putValue("projectBudget", 80).putValue("projectCustomer", "华东贸易有限公司");
    complete("hejing", project, own);
    assertThat(project).isWaitingAt(REVIEW_BY_HEAD).task().hasCandidateGroup("rndHead");
    assertThat(project).variables().containsEntry("groupReview", false).containsEntry("managementReview", true);
    assertThatThrownBy(() -> complete("qianjun", project, decision("APPROVE", null)))
        .hasMessage("同意立项时须从组织中选择项目负责人。");
    complete("qianjun", project, decision("APPROVE", null).putValue("projectLead", "hejing"));
    assertThat(project).isWaitingAt(REVIEW_BY_MANAGEMENT).task().hasCandidateGroup("management");
    complete("yangjianguo", project, decision("RETURN", "请细化成本构成"));
    assertThat(project).isWaitingAt(FILL_APPLICATION);
    complete("hejing", project, own.putValue("feasibility", "成本构成：人力 60 万元，服务器 20 万元"));
    complete("qianjun", project, decision("APPROVE", null).putValue("projectLead", "hejing"));
    complete("xulan", project, decision("APPROVE", "同意立项"));
    assertThat(project).isWaitingAt(RECORD_KICK_OFF).task().isAssignedTo("hejing");
    assertThat(projectOf(project).trail()).extracting(TrailEntry::step, TrailEntry::action)
        .contains(tuple("管理层立项评审", "退回修改"), tuple("管理层立项评审", "同意"));

    complete("hejing", project, Map.of("responsibilities", "研发部负责全部工作", "wayOfWorking", "每周例会"));
    assertThatThrownBy(() -> complete("hejing", project, plan().putValue("qualityPlan", "")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请填写质量计划");
    complete("hejing", project, plan());
    assertThat(tasks(project, REVIEW_PLAN)).singleElement().satisfies(review ->
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
            .containsExactly("rndHead"));
    complete("qianjun", project, decision("APPROVE", null));
    assertThat(project).isWaitingAt(MONITOR_EXECUTION);

    fire(project, PROGRESS_DUE);
    Task report = tasks(project, REPORT_PROGRESS).get(0);
    assertThatThrownBy(() -> acting.as("hejing", () -> engine.getFormService().submitTaskForm(report.getId(),
        Map.of("progress", "完成压测", "costIncurred", "很多")))).hasMessageContaining("本期发生成本（万元）");
    acting.as("hejing", () -> engine.getFormService().submitTaskForm(report.getId(), Map.of("progress", "完成压测",
        "costIncurred", 85.5)));
    assertThat(project).variables().containsEntry("costStatus", "预算 80 万元，已发生 85.5 万元（107%），已超预算");
    assertThat(jdbc.queryForList("select recipient from notification where event_key = 'project-over-budget:"
        + businessKey(project) + "' order by recipient", String.class)).containsExactly("hejing", "qianjun", "xulan",
            "yangjianguo");

    assertThatThrownBy(() -> completeByLead("hejing", project, Map.of("results", "报表导出提速 5 倍")))
        .isInstanceOf(SubmissionRefused.class).hasMessageContaining("请填写客户签收人");
    assertThatThrownBy(() -> completeByLead("hejing", project, Map.of("results", "报表导出提速 5 倍", "customerSignedBy",
        "陈先生", "customerSignedOn", "2026-12-30"))).hasMessageContaining("客户签字日期不能晚于今天");
    completeByLead("hejing", project, Map.of("results", "报表导出提速 5 倍", "customerSignedBy", "陈先生",
        "customerSignedOn", "2026-11-20"));
    assertThat(projectOf(project).customerSignedBy()).isEqualTo("陈先生");
    assertThat(projectOf(project).trail()).extracting(TrailEntry::comment)
        .contains("客户华东贸易有限公司由陈先生于 2026-11-20 签字确认");
    Task acceptance = tasks(project, REVIEW_ACCEPTANCE).get(0);
    acting.as("qianjun", () -> engine.getFormService().submitTaskForm(acceptance.getId(), Map.of("acceptance", "PASS")));
    assertThat(project).isWaitingAt(WRITE_SUMMARY);
  }

  @Test
  void managementMayRejectALargeProject() {
    ProcessInstance project = apply(application().putValue("projectBudget", 120));
    complete("lina", project, decision("APPROVE", null));
    complete(GROUP, project, decision("APPROVE", null).putValue("projectLead", LEAD));
    assertThat(project).isWaitingAt(REVIEW_BY_MANAGEMENT);
    complete("yangjianguo", project, decision("REJECT", "今年预算已满"));
    assertThat(project).isEnded().hasPassed(END_REJECTED_BY_MANAGEMENT);
    assertThat(projectOf(project).status()).isEqualTo(ProjectStatus.REJECTED);
  }

  @Test
  void aPlanReviewCannotRejectAndAReturnNeedsAComment() {
    ProcessInstance project = approvedAndPlanned();
    Task review = acting.as("zhaoqiang", () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(project.getId()).taskDefinitionKey(REVIEW_PLAN).singleResult());
    assertThatThrownBy(() -> acting.as("zhaoqiang", () -> engine.getFormService().submitTaskForm(review.getId(), decision("REJECT", "不行"))))
        .hasMessage("此环节不能选择“驳回”，只能选择同意或退回修改。");
    assertThatThrownBy(() -> acting.as("zhaoqiang", () -> engine.getFormService().submitTaskForm(review.getId(), decision("RETURN", null))))
        .hasMessage("退回修改时必须填写审批意见，说明原因。");
    assertThat(acting.as("jiangyan", () -> engine.getTaskService().createTaskQuery().processInstanceId(project.getId()).count()))
        .as("人力资源部 takes no part").isZero();
  }

  @Test
  void onlyParticipantsOfAProjectInExecutionCanRaiseACoordinationIssue() {
    assertThatThrownBy(() -> start(ProjectCoordinationProcess.KEY, "sunli"))
        .hasMessage("销售部目前没有参与执行中的协作项目。");
    ProcessInstance project = approvedAndPlanned();
    everyHeadReviews(project, null);
    assertThatThrownBy(() -> start(ProjectCoordinationProcess.KEY, "jiangyan"))
        .hasMessage("人力资源部目前没有参与执行中的协作项目。");
    ProcessInstance coordination = start(ProjectCoordinationProcess.KEY, "hejing");
    assertThatThrownBy(() -> complete("hejing", coordination, Map.of("chosenProject", "999999", "issue", "x")))
        .hasMessage("请从列表中选择本部门参与的协作项目。");
  }

  // ---- helpers

  ProcessInstance start(String key, String user) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult().getId();
    return acting.as(user, () -> engine.getFormService().submitStartForm(definitionId, Map.of()));
  }

  void complete(String user, ProcessInstance instance, Map<String, Object> variables) {
    Task task = acting.as(user, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult());
    assertThat(task).as("%s's task in %s", user, instance.getId()).isNotNull();
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  void completeByLead(ProcessInstance project, Map<String, Object> variables) {
    completeByLead(LEAD, project, variables);
  }

  void completeByLead(String lead, ProcessInstance project, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(MONITOR_EXECUTION).singleResult();
    acting.as(lead, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  List<Task> tasks(ProcessInstance instance, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).list();
  }

  static VariableMap decision(String code, String comment) {
    VariableMap variables = Variables.createVariables().putValue("decision", code);
    return comment == null ? variables : variables.putValue("decisionComment", comment);
  }

  void fire(ProcessInstance instance, String activityId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("timer at " + activityId).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  String businessKey(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
  }

  CollaborationProject projectOf(ProcessInstance instance) {
    return projects.findByProcessInstanceId(instance.getId()).orElseThrow();
  }
}

package com.opsflow.benchmark;

import static com.opsflow.collaboration.CollaborationProjectProcess.Elements.END_PROJECT_CLOSED;
import static com.opsflow.customer.CustomerCaseProcess.Elements.END_COMPLAINT_CLOSED;
import static com.opsflow.plan.OperationPlanApprovalProcess.Elements.END_PLAN_IN_FORCE;
import static com.opsflow.plan.adjustment.PlanAdjustmentProcess.Elements.END_ADJUSTMENT_IN_FORCE;
import static com.opsflow.supervision.FindingRectificationProcess.Elements.WAIT_FOR_DEADLINE;
import static com.opsflow.supervision.SupervisionAuditProcess.Elements.END_AUDIT_CLOSED;
import static com.opsflow.supervision.SupervisionAuditProcess.Elements.WAIT_FOR_ON_SITE_DATE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.CallActivityBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.opsflow.benchmark.Benchmark.Actors;
import com.opsflow.collaboration.CollaborationProjectProcess;
import com.opsflow.customer.CustomerCaseProcess;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.meeting.MeetingProcess;
import com.opsflow.plan.company.CompanyPlanProcess;
import com.opsflow.supervision.RectificationHelpProcess;
import com.opsflow.supervision.Rectifications;
import com.opsflow.plan.OperationPlanApprovalProcess;
import com.opsflow.plan.adjustment.PlanAdjustmentProcess;
import com.opsflow.supervision.SupervisionAuditProcess;
import com.opsflow.supervision.SupervisionProgrammeProcess;

/**
 * Each process driven through the engine API the way its users drive it in Tasklist (form submissions as
 * the demo people), and the same shape — same user tasks in the same order, same candidate groups, same
 * gateways, multi-instances, call activities and timers — on the bare engine. One method per process
 * walks a lifecycle on either side ({@link Side}), so both sides do the same steps by construction; the
 * bare side gets, besides the same form values, what our delegates would have worked out from them for
 * routing (candidate groups, timer dates, gateway flags), because it has no code of ours to do it.
 */
final class Lifecycles {

  /** Everyone who acts in a lifecycle; the bare engine gets them with their groups. */
  static final List<String> PEOPLE = List.of(
      "wangfang", "lina", "wulei", "yangjianguo", // 年度计划
      "sunli", "zhaoqiang", // 计划调整: 销售部
      "kongming", "xulan", "zhenghong", "fengtao", // 督导审计: 运营督导, 管理层, 客服部
      "zhangwei", "lvbo", "qianjun", // 协作项目: 项目负责人, 协作小组, 研发部
      "hejing", // 整改求助: 研发部
      "admin", // 风险识别与评估: started as the round's timer would, by an administrator
      "bizdata", "sunli", // 风险预警: 经营数据系统 posts, 销售部 answers
      "hejing", "fengtao", "chuyang", "jiangyan", "hanxue"); // 数据报送: a member of every department

  /**
   * One process: our lifecycle, the bare one, how many user tasks each completes (the start counts as one),
   * and a check run after every round outside the timed part, which throws if either side did not end
   * where it should — a broken driver must not produce pretty numbers.
   */
  record Lifecycle(String name, Runnable ours, Runnable bare, int userTaskCompletions, Runnable endedAsExpected) {
    /** Without a check. */
    Lifecycle(String name, Runnable ours, Runnable bare, int userTaskCompletions) {
      this(name, ours, bare, userTaskCompletions, () -> { });
    }
  }

  private static final String APPROVE = "APPROVE";

  private final JdbcTemplate jdbc;
  private final LocalDate today;
  private final ZoneId zone;
  private final Side ours;
  private final Side bare;
  private final ConfigurableApplicationContext node;

  Lifecycles(ConfigurableApplicationContext node, ProcessEngine bareEngine) {
    this.node = node;
    this.jdbc = node.getBean(JdbcTemplate.class);
    CompanyClock clock = node.getBean(CompanyClock.class);
    this.today = clock.today();
    this.zone = clock.zone();
    this.ours = new Side(node.getBean(ProcessEngine.class), false);
    this.bare = new Side(bareEngine, true);
  }

  List<Lifecycle> all() {
    return List.of(planApproval(), planAdjustment(), supervisionAudit(), collaborationProject(), complaint(), meeting(), companyPlan(), rectificationHelp(),
        supervisionProgramme(), riskAssessment(), riskWarning(), riskResponse(), dataRound());
  }

  // ---- 运营计划审批（年度）

  /** An annual plan as 王芳 drafts it and 李娜, 吴磊, 杨建国 approve it. */
  Lifecycle planApproval() {
    String oursDefinition = ours.definition(OperationPlanApprovalProcess.KEY);
    String bareDefinition = bare.definition(
        deployBareShape(bare.engine, "bare-plan-approval", List.of("mktHead", "ops", "management")));
    Rounds last = new Rounds();
    return new Lifecycle("运营计划审批（年度）", () -> last.ours = annualPlanApproved(ours, oursDefinition),
        () -> last.bare = annualPlanApproved(bare, bareDefinition), 4, () -> {
          last.endedAt(END_PLAN_IN_FORCE, "bare-plan-approval-end", 4);
          planApproved(last.ours);
          periodAndNumberFreed(last.ours);
        });
  }

  private String annualPlanApproved(Side side, String definition) {
    String plan = side.start("wangfang", definition, annualPlan());
    for (String reviewer : List.of("lina", "wulei", "yangjianguo")) {
      side.complete(reviewer, plan, decision(APPROVE, null));
    }
    return plan;
  }

  private void planApproved(String instance) {
    String status = jdbc.queryForObject("select status from operation_plan where process_instance_id = ?", String.class, instance);
    expect("APPROVED".equals(status), "the plan of " + instance + " is " + status);
  }

  /**
   * Not timed, after the check: 市场部 plans the same year again in the next round, so this round's plan gives
   * up its period and its number, and the next one is drafted as the year's first plan would be. Until
   * 2026-11-21 the timed round freed the period of every plan so far, and each round's numbering read the
   * numbers of all earlier rounds' plans: costs that grew with the rounds and that no company has.
   */
  private void periodAndNumberFreed(String instance) {
    jdbc.update("update operation_plan set active_period_key = null, plan_number = 'BENCH-' || id where process_instance_id = ?",
        instance);
  }

  // ---- 计划调整

  /**
   * 孙丽 of 销售部 adjusts her department's annual plan in force — its one item's deadline moves, 市场部 is
   * affected — 赵强 (部门负责人), 吴磊 (运营部) and 杨建国 (管理层) approve, 李娜 acknowledges for 市场部.
   * <p>
   * The plan is approved through the process once, before the rounds. An approved adjustment brings the
   * plan's next version into force and keeps the one it changed as 已被取代, and a plan may be adjusted
   * again once no adjustment of it is open: so every round adjusts the version the last round brought into
   * force (as 孙丽 would pick it from the list), and the deadline moves back and forth so that each round
   * really changes something. What a round reads does not grow with the rounds — 销售部 has one plan in
   * force, one item — except counting the plan's adjustments for the next number (one indexed count).
   * 销售部 rather than 市场部, because the annual-plan lifecycle leaves dozens of 市场部 plans in force,
   * which would all be on the list.
   */
  Lifecycle planAdjustment() {
    String oursDefinition = ours.definition(PlanAdjustmentProcess.KEY);
    String bareDefinition = bare.deploy(bareAdjustmentShape());
    SalesPlan plan = new SalesPlan(salesPlanApprovedThroughTheProcess());
    Rounds last = new Rounds();
    return new Lifecycle("计划调整", () -> last.ours = planAdjusted(ours, oursDefinition, plan),
        () -> last.bare = planAdjusted(bare, bareDefinition, plan), 7, () -> {
          last.endedAt(END_ADJUSTMENT_IN_FORCE, END_ADJUSTMENT_IN_FORCE, 7);
          plan.adjusted(versionBroughtIntoForce(last.ours));
        });
  }

  private String planAdjusted(Side side, String definition, SalesPlan plan) {
    String adjustment = side.start("sunli", definition, Map.of());
    side.complete("sunli", adjustment, Map.of("adjustedPlanId", String.valueOf(plan.inForce)));
    side.complete("sunli", adjustment, side.submits(adjustmentApplication(plan.nextDeadline()),
        Map.of("affectedHeads", json("[\"mktHead\"]"))));
    side.complete("zhaoqiang", adjustment, decision(APPROVE, null));
    side.complete("wulei", adjustment, decision(APPROVE, "与年度目标一致"));
    side.complete("yangjianguo", adjustment, decision(APPROVE, "同意调整"));
    side.completeFor("mktHead", "lina", adjustment, Map.of());
    return adjustment;
  }

  private long versionBroughtIntoForce(String instance) {
    Map<String, Object> adjustment = jdbc.queryForMap(
        "select status, resulting_plan_id from plan_adjustment where process_instance_id = ?", instance);
    expect("APPROVED".equals(adjustment.get("status")), "the adjustment of " + instance + " is " + adjustment.get("status"));
    return ((Number) adjustment.get("resulting_plan_id")).longValue();
  }

  /** 销售部's plan for next year, drafted by 孙丽 and approved by 赵强, 吴磊 and 杨建国 through the process. */
  private long salesPlanApprovedThroughTheProcess() {
    String plan = ours.start("sunli", ours.definition(OperationPlanApprovalProcess.KEY),
        annualPlan("销售部年度运营计划", salesPlanItem(SalesPlan.FIRST_DEADLINE)));
    for (String reviewer : List.of("zhaoqiang", "wulei", "yangjianguo")) {
      ours.complete(reviewer, plan, decision(APPROVE, null));
    }
    return jdbc.queryForObject("select id from operation_plan where process_instance_id = ? and status = 'APPROVED'",
        Long.class, plan);
  }

  private static String salesPlanItem(String deadline) {
    return planItem("华东渠道覆盖率提升到80%", "新开三个城市的经销渠道", "孙丽", deadline);
  }

  /** The application as 孙丽 fills it in: the plan's one item with a new deadline, 市场部 affected. */
  private static VariableMap adjustmentApplication(String deadline) {
    return Variables.createVariables()
        .putValue("adjustmentCause", "MARKET_CHANGE")
        .putValue("adjustmentReason", "华东市场需求变化，渠道铺设的时间需要调整")
        .putValue("planItems", json("[" + salesPlanItem(deadline) + "]"))
        .putValue("adjustedSchedule", "渠道铺设按调整后的时间节点完成")
        .putValue("adjustmentImpact", "市场部的推广排期需同步调整")
        .putValue("affectedDepartments", json("[\"mkt\"]"))
        .putValue("applicantAction", "SUBMIT");
  }

  /** 销售部's plan between rounds: the version in force and where its item's deadline stands. */
  private static final class SalesPlan {
    static final String FIRST_DEADLINE = nextYear() + "-06-30";
    static final String OTHER_DEADLINE = nextYear() + "-09-30";

    long inForce;
    boolean moved;

    SalesPlan(long inForce) {
      this.inForce = inForce;
    }

    String nextDeadline() {
      return moved ? FIRST_DEADLINE : OTHER_DEADLINE;
    }

    void adjusted(long nextVersion) {
      inForce = nextVersion;
      moved = !moved;
    }
  }

  /** 选择 and 填写 by the applicant, three approvals, then one acknowledgement per affected department's head. */
  static BpmnModelInstance bareAdjustmentShape() {
    String key = "bare-plan-adjustment";
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().camundaInitiator("initiator")
        .userTask().name("选择要调整的计划").camundaAssignee("${initiator}")
        .userTask().name("填写调整申请").camundaAssignee("${initiator}")
        .exclusiveGateway(key + "-submit").condition("撤回", "${applicantAction == 'WITHDRAW'}").endEvent()
        .moveToNode(key + "-submit").condition("提交", "${applicantAction != 'WITHDRAW'}");
    builder = approval(builder, key + "-head", "salesHead");
    builder = approval(builder, key + "-operations", "ops");
    builder = approval(builder, key + "-management", "management");
    return everyHeadOf(builder.userTask().name("知悉计划调整"), "affectedHeads", "affectedHead")
        .endEvent(END_ADJUSTMENT_IN_FORCE).done();
  }

  // ---- 督导审计（含一轮整改）

  /**
   * 孔明 plans an audit of 客服部 (with 曹云), 许兰 approves it, on the on-site day 孔明 works the five on-site
   * steps and records one finding, 郑红 (客服部负责人) discusses it, 孔明 writes the report, 杨建国 approves
   * it, 郑红 receives it; in the finding's rectification 冯涛 plans and reports, at the deadline 孔明 accepts
   * it the first time; 孔明 writes the summary. The two timers on the path are executed when reached, as
   * the job executor would when they fall due.
   */
  Lifecycle supervisionAudit() {
    String oursDefinition = ours.definition(SupervisionAuditProcess.KEY);
    String bareDefinition = bare.deploy(bareRectificationShape(), bareAuditShape());
    Rounds last = new Rounds();
    return new Lifecycle("督导审计（含一轮整改）", () -> last.ours = supervisionAudit(ours, oursDefinition),
        () -> last.bare = supervisionAudit(bare, bareDefinition), 17, () -> {
          last.endedAt(END_AUDIT_CLOSED, END_AUDIT_CLOSED, 17);
          auditClosedWithItsFindingPassedInOneRound(last.ours);
        });
  }

  private void auditClosedWithItsFindingPassedInOneRound(String instance) {
    Map<String, Object> audit = jdbc.queryForMap("select a.status, f.status finding, f.rounds from supervision_audit a "
        + "join audit_finding f on f.audit_id = a.id where a.process_instance_id = ?", instance);
    expect("CLOSED".equals(audit.get("status")) && "PASSED".equals(audit.get("finding"))
        && ((Number) audit.get("rounds")).intValue() == 1, "the audit of " + instance + " ended as " + audit);
  }

  private String supervisionAudit(Side side, String definition) {
    String supervisor = "kongming";
    String audit = side.start(supervisor, definition, Map.of());
    side.complete(supervisor, audit, side.submits(auditPlan(), Map.of("supervisorList", "kongming,caoyun",
        "auditedHeads", json("[\"csHead\"]"), "onSiteAt", inCompanyTime(onSiteDate(), 9))));
    side.complete("xulan", audit, decision(APPROVE, null));
    side.timerFires(audit, WAIT_FOR_ON_SITE_DATE);
    for (String step : List.of("准备工作", "首次会议", "现场检查", "数据收集", "人员访谈")) {
      side.complete(supervisor, audit, Map.of("stepNotes", "已完成：" + step));
    }
    side.complete(supervisor, audit, side.submits(oneFinding(), Map.of("hasFindings", true)));
    side.completeFor("csHead", "zhenghong", audit,
        Map.of("causes", "人手不足，回访排班不合理", "solutions", "调整排班，增设回访专员"));
    side.complete(supervisor, audit, Map.of("reportExecution", "计划执行到位", "reportHighlights", "首问负责制落实较好",
        "reportProblems", "回访超时", "reportAnalysis", "排班不合理", "reportSuggestions", "调整排班"));
    side.complete("yangjianguo", audit, decision(APPROVE, "同意下发"));
    side.completeFor("csHead", "zhenghong", audit, Map.of());

    String rectification = side.calledInstance(audit);
    LocalDate deadline = today.plusDays(30);
    // ours: the deadline falls at midnight after the last day, the reminder 3 days before (opsflow.supervision.*)
    side.complete("fengtao", rectification, side.submits(Map.of("measures", "增设两名回访专员，每日复盘",
        "rectificationResponsible", "冯涛", "rectificationDeadline", deadline.toString()),
        Map.of("deadlineAt", inCompanyTime(deadline.plusDays(1), 0), "remindAt", inCompanyTime(deadline.minusDays(2), 0))));
    side.complete("fengtao", rectification, Map.of("completionReport", "已增设回访专员，超时率降至 2%"));
    side.timerFires(rectification, WAIT_FOR_DEADLINE);
    side.complete(supervisor, rectification, Map.of("acceptance", "PASS"));

    side.complete(supervisor, audit, Map.of("summaryLessons", "排班是服务时效的关键",
        "summaryEffect", "回访超时率由 12% 降至 2%", "summaryProposals", "推广到其他区域", "trainingNeeds", "客户回访话术\n排班管理"));
    return audit;
  }

  private VariableMap auditPlan() {
    return Variables.createVariables()
        .putValue("auditTitle", "客服部服务质量专项督导")
        .putValue("auditedDepartments", json("[\"cs\"]"))
        .putValue("focusAreas", json("[\"SERVICE_QUALITY\",\"EFFICIENCY\"]"))
        .putValue("auditGoals", "核查投诉处理时效和服务规范执行情况")
        .putValue("auditMethods", "现场检查、抽查通话记录、员工访谈")
        .putValue("onSiteDate", onSiteDate().toString())
        .putValue("supervisors", json("[\"kongming\",\"caoyun\"]"));
  }

  private LocalDate onSiteDate() {
    return today.plusDays(14);
  }

  private static VariableMap oneFinding() {
    return Variables.createVariables().putValue("findings", json("""
        [{"description":"投诉回访超时","focusArea":"SERVICE_QUALITY","scope":"华东区客户","severity":"MAJOR",\
        "responsibleDepartment":"cs","responsiblePerson":"冯涛"}]"""));
  }

  /**
   * The audit: plan, its approval, the on-site timer, six on-site steps, a communication and a receipt per
   * audited head, report and its approval, then the findings' rectifications as a parallel multi-instance
   * call activity (as ours), and the summary. Gateways where ours has them.
   */
  static BpmnModelInstance bareAuditShape() {
    String key = "bare-supervision-audit";
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().camundaInitiator("initiator")
        .userTask().name("制定督导计划").camundaAssignee("${initiator}");
    builder = approval(builder, key + "-plan", "management")
        .intermediateCatchEvent(WAIT_FOR_ON_SITE_DATE).timerWithDate("${onSiteAt}");
    for (String step : List.of("准备工作", "首次会议", "现场检查", "数据收集", "人员访谈", "问题记录")) {
      builder = builder.userTask().name(step).camundaCandidateUsers("${supervisorList}");
    }
    builder = everyHeadOf(builder.exclusiveGateway(key + "-has-findings").condition("有", "${hasFindings}")
        .userTask().name("初步沟通"), "auditedHeads", "auditedHead")
        .exclusiveGateway(key + "-to-report")
        .userTask().name("编写督导报告").camundaCandidateUsers("${supervisorList}");
    builder = approval(builder, key + "-report", "management");
    return everyHeadOf(builder.userTask().name("接收督导报告"), "auditedHeads", "auditedHead")
        .exclusiveGateway(key + "-rectify").condition("有问题", "${hasFindings}")
        .callActivity().name("逐项整改跟踪").calledElement("bare-finding-rectification")
        .camundaIn("finding", "finding").camundaIn("supervisorList", "supervisorList")
        .multiInstance().parallel().camundaCollection("${findings.elements()}").camundaElementVariable("finding")
        .<CallActivityBuilder>multiInstanceDone()
        .exclusiveGateway(key + "-to-summary")
        .userTask().name("总结评估").camundaCandidateUsers("${supervisorList}")
        .endEvent(END_AUDIT_CLOSED)
        .moveToNode(key + "-has-findings").condition("无", "${!hasFindings}").connectTo(key + "-to-report")
        .moveToNode(key + "-rectify").condition("无问题", "${!hasFindings}").connectTo(key + "-to-summary")
        .done();
  }

  /**
   * One finding's rectification: plan (with its overdue timer), report (with reminder and overdue timers),
   * the deadline timer, acceptance; not passed goes round again. The responsible department is the
   * finding's, as the form recorded it.
   */
  static BpmnModelInstance bareRectificationShape() {
    String department = "${finding.prop('responsibleDepartment').stringValue()}";
    return Bpmn.createExecutableProcess("bare-finding-rectification").camundaHistoryTimeToLive(1).startEvent()
        .userTask("plan").name("制定整改方案").camundaCandidateGroups(department)
        .userTask("report").name("实施整改并提交结果").camundaCandidateGroups(department).camundaDueDate("${deadlineAt}")
        .intermediateCatchEvent(WAIT_FOR_DEADLINE).timerWithDate("${deadlineAt}")
        .userTask().name("整改验收").camundaCandidateUsers("${supervisorList}")
        .exclusiveGateway("accepted").condition("合格", "${acceptance == 'PASS'}").endEvent("closed")
        .moveToNode("accepted").condition("不合格", "${acceptance != 'PASS'}").connectTo("plan")
        // ours: 7 days to hand in the plan (opsflow.supervision.plan-submission-period)
        .moveToActivity("plan").boundaryEvent().timerWithDuration("P7D").endEvent()
        .moveToActivity("report").boundaryEvent().cancelActivity(false).timerWithDate("${remindAt}").endEvent()
        .moveToActivity("report").boundaryEvent().timerWithDate("${deadlineAt}").endEvent()
        .done();
  }

  // ---- 跨部门协作项目

  /**
   * 王芳 (市场部) applies with 销售部 and 研发部, 李娜 approves, 吕波 (协作小组) approves and appoints 张伟 as lead;
   * 张伟 records the kick-off and writes the plan, which 李娜, 赵强 and 钱军 countersign; 张伟 hands in the
   * results, the three heads accept them, 张伟 writes the summary and 吕波 records a commendation and a
   * penalty. As the Tasklist journey: no progress report falls due during the execution.
   */
  Lifecycle collaborationProject() {
    String oursDefinition = ours.definition(CollaborationProjectProcess.KEY);
    String bareDefinition = bare.deploy(bareProjectShape());
    Rounds last = new Rounds();
    return new Lifecycle("跨部门协作项目", () -> last.ours = collaborationProject(ours, oursDefinition),
        () -> last.bare = collaborationProject(bare, bareDefinition), 16, () -> {
          last.endedAt(END_PROJECT_CLOSED, END_PROJECT_CLOSED, 16);
          projectClosedAfterOnePlanAndOneAcceptanceRound(last.ours);
        });
  }

  private void projectClosedAfterOnePlanAndOneAcceptanceRound(String instance) {
    Map<String, Object> project = jdbc.queryForMap("select status, plan_round, acceptance_round from collaboration_project "
        + "where process_instance_id = ?", instance);
    expect("EVALUATED".equals(project.get("status")) && ((Number) project.get("plan_round")).intValue() == 1
        && ((Number) project.get("acceptance_round")).intValue() == 1, "the project of " + instance + " ended as " + project);
  }

  private String collaborationProject(Side side, String definition) {
    // the participating departments' heads (head group → person) in the journey's order: 市场部, 销售部, 研发部
    List<Map.Entry<String, String>> heads = List.of(Map.entry("mktHead", "lina"), Map.entry("salesHead", "zhaoqiang"),
        Map.entry("rndHead", "qianjun"));
    String lead = "zhangwei";
    String project = side.start("wangfang", definition, Map.of());
    side.complete("wangfang", project, side.submits(projectApplication(),
        Map.of("reviewingHeads", json("[\"mktHead\",\"rndHead\",\"salesHead\"]"))));
    side.complete("lina", project, decision(APPROVE, null));
    side.complete("lvbo", project, decision(APPROVE, "同意立项").putValue("projectLead", lead)
        .putValue("assessment", "必要、可行"));
    side.complete(lead, project, Map.of("responsibilities", "市场部策划，销售部铺货，研发部培训", "wayOfWorking", "每周例会"));
    side.complete(lead, project, projectPlan());
    for (Map.Entry<String, String> head : heads) {
      side.completeFor(head.getKey(), head.getValue(), project, decision(APPROVE, null));
    }
    side.complete(lead, project, Map.of("results", "覆盖 85% 渠道，培训 12 场"));
    for (Map.Entry<String, String> head : heads) {
      side.completeFor(head.getKey(), head.getValue(), project, Map.of("acceptance", "PASS"));
    }
    side.complete(lead, project, side.submits(Map.of("acceptanceReport", "验收通过，成本在预算内", "lessons", "例会机制有效，培训应前置"),
        Map.of("postEvaluationAt", inCompanyTime(today.plusDays(90), 9))));
    side.complete("lvbo", project, Variables.createVariables().putValue("incentives", json(
        """
        [{"department":"sales","person":"孙丽","kind":"COMMEND","points":5,"reason":"铺货超额完成"},
         {"department":"rnd","kind":"PENALISE","points":2,"reason":"培训资料拖延"}]""")));
    side.timerFires(project, CollaborationProjectProcess.Elements.WAIT_FOR_POST_EVALUATION);
    side.complete("wulei", project, Map.of("goalAchievement", "渠道覆盖 85%", "benefits", "首季销售额 1200 万元"));
    return project;
  }

  private VariableMap projectApplication() {
    return Variables.createVariables()
        .putValue("projectName", "新品上市联合推广")
        .putValue("projectGoal", "三个月内新品覆盖华东 80% 渠道")
        .putValue("projectTasks", "市场策划、渠道铺货、产品培训")
        .putValue("projectStart", projectStart().toString())
        .putValue("projectEnd", projectStart().plusDays(120).toString())
        .putValue("participatingDepartments", json("[\"sales\",\"rnd\"]"))
        .putValue("participants", "王芳（市场部）、孙丽（销售部）、何静（研发部）")
        .putValue("projectScope", "华东三省线下渠道").putValue("feasibility", "渠道基础好，培训资源充足")
        .putValue("projectBudget", 30);
  }

  private LocalDate projectStart() {
    return today.plusDays(10);
  }

  private VariableMap projectPlan() {
    return Variables.createVariables().putValue("phases", json("""
        [{"name":"策划","tasks":"方案与物料","deadline":"%s","responsible":"王芳","deliverables":"推广方案"},
         {"name":"铺货","tasks":"渠道铺货与培训","deadline":"%s","responsible":"孙丽","deliverables":"铺货报告"}]"""
        .formatted(projectStart().plusDays(30), projectStart().plusDays(100))))
        .putValue("resourcePlan", "三部门各两人").putValue("qualityPlan", "交付物逐项检查");
  }

  /**
   * Application, head and group approvals, kick-off and plan by the lead, the plan countersigned by every
   * participating head in parallel (a return ends the round, as ours), the execution as an embedded
   * sub-process with the progress-report timer on the lead's task and a terminating end, acceptance by
   * every head in parallel, summary, incentives, the post-evaluation timer and 运营部's 后评价.
   */
  static BpmnModelInstance bareProjectShape() {
    String key = "bare-collaboration-project";
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().camundaInitiator("initiator")
        .userTask().name("填写协作项目申请表").camundaAssignee("${initiator}");
    builder = approval(builder, key + "-head", "mktHead");
    builder = approval(builder, key + "-group", "collaboration")
        .userTask().name("项目启动会议").camundaAssignee("${projectLead}")
        .userTask(key + "-write-plan").name("编制项目计划").camundaAssignee("${projectLead}")
        .userTask().name("参与部门审核项目计划").camundaCandidateGroups("${reviewingHead.stringValue()}")
        .multiInstance().parallel().camundaCollection("${reviewingHeads.elements()}").camundaElementVariable("reviewingHead")
        .completionCondition("${decision != 'APPROVE'}").<UserTaskBuilder>multiInstanceDone()
        .exclusiveGateway(key + "-plan-approved").condition("全部同意，备案", "${decision == 'APPROVE'}")
        .exclusiveGateway(key + "-to-execution")
        .subProcess().name("项目执行").embeddedSubProcess().startEvent()
        .userTask(key + "-monitor").name("项目执行与监控").camundaAssignee("${projectLead}")
        .endEvent(key + "-execution-done")
        .moveToActivity(key + "-monitor").boundaryEvent().cancelActivity(false).timerWithCycle("R/P7D")
        .userTask().name("报告项目进度").camundaCandidateGroups("${reportingDepartment.stringValue()}")
        .multiInstance().parallel().camundaCollection("${projectDepartments.elements()}")
        .camundaElementVariable("reportingDepartment").<UserTaskBuilder>multiInstanceDone()
        .endEvent()
        .subProcessDone();
    BpmnModelInstance model = everyHeadOf(builder.userTask().name("参与部门验收"), "reviewingHeads", "reviewingHead")
        .exclusiveGateway(key + "-accepted").condition("通过", "${acceptance == 'PASS'}")
        .userTask().name("验收报告与项目总结").camundaAssignee("${projectLead}")
        .userTask().name("表彰与处罚").camundaCandidateGroups("collaboration")
        .intermediateCatchEvent(CollaborationProjectProcess.Elements.WAIT_FOR_POST_EVALUATION).timerWithDate("${postEvaluationAt}")
        .userTask().name("项目后评价").camundaCandidateGroups("ops")
        .endEvent(END_PROJECT_CLOSED)
        .moveToNode(key + "-plan-approved").condition("有退回", "${decision != 'APPROVE'}").connectTo(key + "-write-plan")
        .moveToNode(key + "-accepted").condition("不通过，继续执行", "${acceptance != 'PASS'}").connectTo(key + "-to-execution")
        .done();
    // handing in the results ends the execution, progress reports not yet given included
    EndEvent executionDone = model.getModelElementById(key + "-execution-done");
    executionDone.getEventDefinitions().add(model.newInstance(TerminateEventDefinition.class));
    return model;
  }

  // ---- 客户投诉

  /** A serious complaint as 冯涛 records, investigates, replies and analyses it, 郑红 decides and 研发部 handles it. */
  Lifecycle complaint() {
    String oursDefinition = ours.definition(CustomerCaseProcess.KEY);
    String bareDefinition = bare.deploy(bareComplaintShape());
    Rounds last = new Rounds();
    return new Lifecycle("客户投诉（一轮处理，满意）", () -> last.ours = complaint(ours, oursDefinition),
        () -> last.bare = complaint(bare, bareDefinition), 7, () -> {
          last.endedAt(END_COMPLAINT_CLOSED, END_COMPLAINT_CLOSED, 7);
          Map<String, Object> closed = jdbc.queryForMap("select status, satisfaction, handling_round from customer_case "
              + "where process_instance_id = ?", last.ours);
          expect("CLOSED".equals(closed.get("status")) && "SATISFIED".equals(closed.get("satisfaction"))
              && ((Number) closed.get("handling_round")).intValue() == 1, "the case of " + last.ours + " ended as " + closed);
        });
  }

  private String complaint(Side side, String definition) {
    String complaint = side.start("fengtao", definition, Map.of("customerName", "陈先生", "customerContact", "13800138000",
        "caseChannel", "PHONE", "caseCategory", "COMPLAINT", "caseSeverity", "SERIOUS",
        "caseDescription", "报表导出总是失败。"));
    side.complete("fengtao", complaint, Map.of("complaintDetails", "已致歉。", "investigation", "导出模块缺陷。"));
    side.complete("zhenghong", complaint, Map.of("responsibleDepartment", "rnd", "solution", "修复并补发报表。"));
    side.complete("qianjun", complaint, Map.of("handlingResult", "已修复并补发。"));
    side.complete("fengtao", complaint, Map.of("customerReply", "已告知客户。"));
    side.complete("fengtao", complaint, Map.of("satisfaction", "SATISFIED"));
    side.complete("fengtao", complaint, Map.of("caseAnalysis", "缺少大数据量测试。", "improvements", "补充回归测试。",
        "departmentAtFault", false));
    return complaint;
  }

  /** 客服部's steps, the head's decision, the department's handling with a due date, the satisfaction loop. */
  static BpmnModelInstance bareComplaintShape() {
    String key = "bare-customer-case";
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().camundaInitiator("initiator")
        .userTask().name("安抚与调查核实").camundaCandidateGroups("cs").camundaAssignee("${initiator}")
        .exclusiveGateway(key + "-decide")
        .userTask().name("确定责任部门与处理方案").camundaCandidateGroups("csHead")
        .userTask().name("责任部门处理").camundaCandidateGroups("${responsibleDepartment}").camundaDueDate("P3D")
        .userTask().name("跟踪并答复客户").camundaCandidateGroups("cs").camundaAssignee("${initiator}")
        .userTask().name("记录客户满意度").camundaCandidateGroups("cs").camundaAssignee("${initiator}")
        .exclusiveGateway(key + "-satisfied").condition("满意", "${satisfaction != 'UNSATISFIED'}")
        .userTask().name("案例分析").camundaCandidateGroups("cs").camundaAssignee("${initiator}")
        .endEvent(END_COMPLAINT_CLOSED)
        .moveToNode(key + "-satisfied").condition("不满意", "${satisfaction == 'UNSATISFIED'}").connectTo(key + "-decide")
        .done();
  }

  // ---- 会议与纪要

  /**
   * 市场部's department meeting: 李娜 calls and prepares it, 王芳 writes minutes with one decision for 张伟, 李娜 and 张伟
   * confirm, 李娜 publishes; 张伟 reports the item done and 运营部's 吴磊 closes it, which ends the meeting.
   */
  Lifecycle meeting() {
    String oursDefinition = ours.definition(MeetingProcess.KEY);
    String bareDefinition = bare.deploy(bareResolutionShape(), bareMeetingShape());
    Rounds last = new Rounds();
    return new Lifecycle("会议与纪要（一项决议）", () -> last.ours = meeting(ours, oursDefinition),
        () -> last.bare = meeting(bare, bareDefinition), 8, () -> {
          last.endedAt(MeetingProcess.Elements.END_CLOSED, MeetingProcess.Elements.END_CLOSED, 8);
          String status = jdbc.queryForObject("select status from meeting where process_instance_id = ?", String.class, last.ours);
          expect("CLOSED".equals(status), "the meeting of " + last.ours + " is " + status);
        });
  }

  private String meeting(Side side, String definition) {
    String meeting = side.start("lina", definition, Map.of("meetingKind", "DEPARTMENT", "meetingTopic", "十二月市场活动安排"));
    String day = today.plusDays(3).toString();
    side.complete("lina", meeting, side.submits(Map.of("meetingKind", "DEPARTMENT", "meetingTopic", "十二月市场活动安排",
        "agenda", json("[{\"item\":\"确定十二月促销方案\"}]"), "meetingDate", day, "startTime", "09:30", "durationMinutes", 60,
        "meetingPlace", "三楼第一会议室", "attendeeGroups", json("[\"mkt\"]"), "attendeePeople", json("[]"), "recorder", "wangfang"),
        Map.of("confirmers", json("[\"lina\",\"zhangwei\"]"))));
    side.complete("wangfang", meeting, side.submits(Map.of("minutesContent", "确定十二月以线上促销为主。",
        "decisions", json("[{\"subject\":\"制定促销方案\",\"owner\":\"zhangwei\",\"due\":\"" + today.plusDays(10) + "\"}]")),
        Map.of("owner", "zhangwei", "minutesOutcome", "CONFIRMED")));
    side.completeAssigned("lina", meeting, Map.of("minutesAnswer", "CONFIRM"));
    side.completeAssigned("zhangwei", meeting, Map.of("minutesAnswer", "CONFIRM"));
    side.complete("lina", meeting, Map.of());
    String resolution = side.calledInstance(meeting);
    side.complete("zhangwei", resolution, Map.of("reportKind", "DONE", "resolutionReport", "方案已定稿。"));
    side.complete("wulei", resolution, decision(APPROVE, null));
    return meeting;
  }

  /** The meeting's steps: preparation, minutes, every attendee's confirmation in parallel, publication, the call per item. */
  static BpmnModelInstance bareMeetingShape() {
    String key = "bare-meeting";
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().camundaInitiator("initiator")
        .userTask().name("筹备会议").camundaAssignee("${initiator}")
        .exclusiveGateway(key + "-write")
        .userTask().name("撰写会议纪要").camundaAssignee("${recorder}")
        .userTask().name("确认会议纪要").camundaAssignee("${attendee.stringValue()}")
          .multiInstance().parallel().camundaCollection("${confirmers.elements()}").camundaElementVariable("attendee")
          .multiInstanceDone()
        .exclusiveGateway(key + "-confirmed").condition("全体确认", "${minutesOutcome == 'CONFIRMED'}")
        .userTask().name("发布会议纪要").camundaAssignee("${initiator}")
        .callActivity().calledElement("bare-meeting-resolution").camundaIn("owner", "owner")
        .endEvent(MeetingProcess.Elements.END_CLOSED)
        .moveToNode(key + "-confirmed").condition("有异议", "${minutesOutcome == 'OBJECTED'}").connectTo(key + "-write")
        .done();
  }

  /** A resolution: the 责任人's task with its due date, 运营部's check, 退回 back to the 责任人. */
  static BpmnModelInstance bareResolutionShape() {
    String key = "bare-meeting-resolution";
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent()
        .exclusiveGateway(key + "-execute")
        .userTask().name("执行决议").camundaAssignee("${owner}").camundaDueDate("P10D")
        .userTask().name("运营部检查决议").camundaCandidateGroups("ops")
        .exclusiveGateway(key + "-checked").condition("同意", "${decision == 'APPROVE'}")
        .endEvent()
        .moveToNode(key + "-checked").condition("退回修改", "${decision != 'APPROVE'}").connectTo(key + "-execute")
        .done();
  }

  // ---- 公司年度运营计划

  /**
   * 吴磊 opens and consolidates this year's company plan by hand; 杨建国 approves it. This year's: the plan lifecycles
   * approve next year's department plans, whose coming into force opens next year's company plan by itself.
   */
  Lifecycle companyPlan() {
    String oursDefinition = ours.definition(CompanyPlanProcess.KEY);
    String bareDefinition = bare.definition(deployBareShape(bare.engine, "bare-company-plan", List.of("ops", "management")));
    Rounds last = new Rounds();
    return new Lifecycle("公司年度运营计划", () -> last.ours = companyPlan(ours, oursDefinition),
        () -> last.bare = companyPlan(bare, bareDefinition), 3, () -> {
          last.endedAt(CompanyPlanProcess.Elements.END_IN_FORCE, "bare-company-plan-end", 3);
          String status = jdbc.queryForObject("select status from company_plan where process_instance_id = ?", String.class, last.ours);
          expect("APPROVED".equals(status), "the company plan of " + last.ours + " is " + status);
        });
  }

  private String companyPlan(Side side, String definition) {
    String plan = side.start("wulei", definition, Map.of("companyPlanYear", today.getYear()));
    side.complete("wulei", plan, side.submits(Map.of("companyGoals", "营业收入增长 20%。"), Map.of("decision", APPROVE)));
    side.complete("yangjianguo", plan, decision(APPROVE, null));
    return plan;
  }

  // ---- 整改求助

  /** 研发部's 何静 asks for help with a finding it is rectifying; 孔明 coordinates. */
  Lifecycle rectificationHelp() {
    long finding = node.getBean(Rectifications.class)
        .fromCustomerCase("KF-BENCH-0001", "导出模块缺少大数据量测试。", "SERIOUS", "rnd", "何静").id();
    String oursDefinition = ours.definition(RectificationHelpProcess.KEY);
    String bareDefinition = bare.deploy(Bpmn.createExecutableProcess("bare-rectification-help").camundaHistoryTimeToLive(1)
        .startEvent().camundaInitiator("initiator")
        .userTask().name("说明整改困难").camundaAssignee("${initiator}")
        .userTask().name("督导协调解决").camundaCandidateGroups("supervisors")
        .endEvent(RectificationHelpProcess.Elements.END).done());
    Rounds last = new Rounds();
    return new Lifecycle("整改求助", () -> last.ours = rectificationHelp(ours, oursDefinition, finding),
        () -> last.bare = rectificationHelp(bare, bareDefinition, finding), 3,
        () -> last.endedAt(RectificationHelpProcess.Elements.END, RectificationHelpProcess.Elements.END, 3));
  }

  private String rectificationHelp(Side side, String definition, long finding) {
    String help = side.start("hejing", definition, Map.of());
    side.complete("hejing", help, Map.of("finding", String.valueOf(finding), "currentProgress", "用例已写完一半。",
        "difficulty", "缺少生产规模的测试数据。"));
    side.complete("kongming", help, Map.of("helpAnswer", "已协调数据分析部提供脱敏数据。"));
    return help;
  }

  // ---- 督导工作计划

  /**
   * 孔明 plans one audit of 客服部 ten days ahead, 许岚 approves; the notice falls due, 郑红 confirms the day, and the audit
   * is started from the programme and waits for its day. The programme lives as long as its audits, so the round
   * ends there: both sides wait in the call, the called instance at its on-site timer.
   */
  Lifecycle supervisionProgramme() {
    String oursDefinition = ours.definition(SupervisionProgrammeProcess.KEY);
    String bareDefinition = bare.deploy(Bpmn.createExecutableProcess("bare-programme-audit").camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent(SupervisionAuditProcess.Elements.WAIT_FOR_ON_SITE_DATE).timerWithDate("${onSiteAt}")
        .userTask().name("准备工作").camundaCandidateGroups("supervisors").endEvent().done(), bareProgrammeShape());
    Rounds last = new Rounds();
    return new Lifecycle("督导工作计划（至督导发起）", () -> last.ours = supervisionProgramme(ours, oursDefinition),
        () -> last.bare = supervisionProgramme(bare, bareDefinition), 4, () -> {
          ours.waitsInCall(last.ours, SupervisionProgrammeProcess.Elements.START_AUDIT, WAIT_FOR_ON_SITE_DATE, 4);
          bare.waitsInCall(last.bare, SupervisionProgrammeProcess.Elements.START_AUDIT, WAIT_FOR_ON_SITE_DATE, 4);
        });
  }

  private String supervisionProgramme(Side side, String definition) {
    LocalDate day = today.plusDays(10);
    String programme = side.start("kongming", definition, Map.of("programmePeriodType", "ANNUAL", "programmeYear", day.getYear()));
    side.complete("kongming", programme, side.submits(Map.of("programmeTitle", "客服部专项督导", "programmeGoals", "检查服务质量",
        "programmeMethods", "现场检查、访谈", "plannedAudits", json("[{\"department\":\"cs\",\"onSiteDate\":\"" + day
            + "\",\"focusAreas\":[\"SERVICE_QUALITY\"],\"supervisors\":[\"kongming\"]}]")),
        Map.of("plannedAuditNos", json("[1]"), "noticeAt", inCompanyTime(day.minusDays(7), 9), "headGroup", "csHead",
            "onSiteAt", inCompanyTime(day, 9))));
    side.complete("xulan", programme, decision(APPROVE, null));
    side.timerFires(programme, SupervisionProgrammeProcess.Elements.WAIT_FOR_NOTICE);
    side.complete("zhenghong", programme, Map.of("dateAnswer", "CONFIRM"));
    side.timerFires(programme, SupervisionProgrammeProcess.Elements.PREPARE_AUDIT); // the audit starts in a job
    return programme;
  }

  /** The programme's steps: draft, 管理层's decision, per audit the notice timer, the head's answer, the call. */
  static BpmnModelInstance bareProgrammeShape() {
    String key = "bare-supervision-programme";
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().camundaInitiator("initiator")
        .exclusiveGateway(key + "-draft")
        .userTask().name("制定督导工作计划").camundaAssignee("${initiator}")
        .userTask().name("管理层审批督导工作计划").camundaCandidateGroups("management")
        .exclusiveGateway(key + "-decided").condition("同意", "${decision == 'APPROVE'}")
        .subProcess().embeddedSubProcess().startEvent()
          .intermediateCatchEvent(SupervisionProgrammeProcess.Elements.WAIT_FOR_NOTICE).timerWithDate("${noticeAt}")
          .userTask().name("确认督导日期").camundaCandidateGroups("${headGroup}")
          .manualTask(SupervisionProgrammeProcess.Elements.PREPARE_AUDIT).camundaAsyncBefore()
          .callActivity(SupervisionProgrammeProcess.Elements.START_AUDIT).calledElement("bare-programme-audit")
            .camundaIn("onSiteAt", "onSiteAt")
          .endEvent()
        .subProcessDone()
        .multiInstance().parallel().camundaCollection("${plannedAuditNos.elements()}").camundaElementVariable("no")
        .multiInstanceDone()
        .endEvent()
        .moveToNode(key + "-decided").condition("退回修改", "${decision != 'APPROVE'}").connectTo(key + "-draft")
        .done();
  }

  // ---- 风险识别与评估

  /**
   * 市场部's risks of a round: 王芳 identifies two (one 重大 by the risk matrix), 李娜 and 吴磊 approve, 杨建国 acknowledges
   * the 重大 one. The round's timer starts it in production; here an administrator does, on both sides.
   */
  Lifecycle riskAssessment() {
    String oursDefinition = ours.definition(com.opsflow.risk.RiskAssessmentProcess.KEY);
    String bareDefinition = bare.deploy(bareRiskShape());
    Rounds last = new Rounds();
    return new Lifecycle("风险识别与评估（含重大风险）", () -> last.ours = riskAssessment(ours, oursDefinition),
        () -> last.bare = riskAssessment(bare, bareDefinition), 5,
        () -> last.endedAt(com.opsflow.risk.RiskAssessmentProcess.Elements.END,
            com.opsflow.risk.RiskAssessmentProcess.Elements.END, 5));
  }

  private String riskAssessment(Side side, String definition) {
    String assessment = side.start("admin", definition, Map.of("department", "mkt", "riskRound", "2026Q4",
        "riskRoundLabel", "2026年第4季度"));
    side.complete("wangfang", assessment, side.submits(Map.of("risks", json("""
        [{"category":"MARKET","description":"竞品降价导致份额下滑","likelihood":"4","impact":"5"},
         {"category":"OPERATIONS","description":"渠道商回款延迟","likelihood":"3","impact":"3"}]""")),
        Map.of("hasMajorRisks", true)));
    side.complete("lina", assessment, decision(APPROVE, null));
    side.complete("wulei", assessment, decision(APPROVE, null));
    side.complete("yangjianguo", assessment, Map.of("acknowledgement", "请制定应对方案"));
    return assessment;
  }

  /** The assessment's steps: identification, the head's and 运营部's approval, 管理层 for 重大 risks. */
  static BpmnModelInstance bareRiskShape() {
    String key = "bare-risk-assessment";
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().userTask().name("识别与评估风险").camundaCandidateGroups("${department}");
    builder = approval(builder, key + "-head", "mktHead");
    builder = approval(builder, key + "-ops", "ops");
    return builder.exclusiveGateway(key + "-major").condition("有", "${hasMajorRisks}")
        .userTask().name("管理层确认重大风险").camundaCandidateGroups("management")
        .endEvent(com.opsflow.risk.RiskAssessmentProcess.Elements.END)
        .moveToNode(key + "-major").condition("无", "${!hasMajorRisks}").endEvent()
        .done();
  }

  // ---- 风险预警

  /**
   * A warning's lifecycle (OM-5.3): 经营数据系统 posts 销售部's 月度销售额 below its warning value, 孙丽 answers with the
   * cause and measures, 吴磊 closes it. The post is the start on our side (the intake's checks, the value kept, the
   * warning raised, the instance started by message); the bare side starts its shape by id.
   */
  Lifecycle riskWarning() {
    String bareDefinition = bare.deploy(bareWarningShape());
    com.opsflow.risk.warning.IndicatorReadings readings = node.getBean(com.opsflow.risk.warning.IndicatorReadings.class);
    String period = java.time.YearMonth.from(today).minusMonths(1).toString();
    int[] value = {700};
    Rounds last = new Rounds();
    return new Lifecycle("风险预警（指标预警至关闭）", () -> last.ours = riskWarning(ours, () -> {
          value[0] = value[0] == 700 ? 701 : 700; // a changed value each round: a new warning once the last one closed
          String number = readings.record(List.of(Map.<String, Object>of("indicator", "SALES-REVENUE", "period", period,
              "value", value[0])), indicator -> true, "bizdata", "经营数据系统").warnings().get(0);
          // the system may not read instances; the warning names its own
          return jdbc.queryForObject("select process_instance_id from risk_warning where warning_number = ?",
              String.class, number);
        }), () -> last.bare = riskWarning(bare, () -> bare.engine.getRuntimeService()
            .startProcessInstanceById(bareDefinition, Map.of("department", "sales")).getId()), 3,
        () -> last.endedAt(com.opsflow.risk.warning.RiskWarningProcess.Elements.END_CLOSED,
            com.opsflow.risk.warning.RiskWarningProcess.Elements.END_CLOSED, 3));
  }

  private String riskWarning(Side side, java.util.function.Supplier<String> raise) {
    String warning = side.startBy("bizdata", raise);
    side.complete("sunli", warning, Map.of("cause", "两家大客户推迟签约", "measures", "孙丽负责，月底前跟进签约"));
    side.complete("wulei", warning, decision(APPROVE, null));
    return warning;
  }

  /** The warning's steps: the department's answer, 运营部's check. */
  static BpmnModelInstance bareWarningShape() {
    String key = "bare-risk-warning";
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().userTask().name("原因分析与应对措施").camundaCandidateGroups("${department}");
    return approval(builder, key + "-ops", "ops")
        .endEvent(com.opsflow.risk.warning.RiskWarningProcess.Elements.END_CLOSED).done();
  }

  // ---- 风险应对

  /**
   * A risk's response (OM-5.2): 市场部 plans to reduce it with 张伟 as 责任人, 张伟 reports, 吴磊 passes it. Started as
   * the assessment starts it, by an administrator here, on both sides.
   */
  Lifecycle riskResponse() {
    String oursDefinition = ours.definition(com.opsflow.risk.RiskResponseProcess.KEY);
    String bareDefinition = bare.deploy(bareResponseShape());
    Rounds last = new Rounds();
    return new Lifecycle("风险应对（降低至检查通过）", () -> last.ours = riskResponse(ours, () -> {
          var plans = node.getBean(com.opsflow.risk.RiskResponsePlans.class);
          // a risk the assessment lifecycle registered; each round opens another response to it, as a new quarter would
          var risk = node.getBean(com.opsflow.risk.Risks.class).findAll().get(0);
          var response = plans.open(risk, java.time.Instant.now());
          return ours.engine.getRuntimeService().startProcessInstanceById(oursDefinition, response.number(),
              Map.of("riskResponseId", response.id(), "department", "mkt")).getId();
        }), () -> last.bare = riskResponse(bare, () -> bare.engine.getRuntimeService()
            .startProcessInstanceById(bareDefinition, Map.of("department", "mkt")).getId()), 4,
        () -> last.endedAt(com.opsflow.risk.RiskResponseProcess.Elements.END, com.opsflow.risk.RiskResponseProcess.Elements.END, 4));
  }

  private String riskResponse(Side side, java.util.function.Supplier<String> open) {
    String response = side.startBy("admin", open);
    side.complete("wangfang", response, side.submits(Map.of("responseStrategy", "REDUCE", "responseMeasures",
        "与渠道商签订回款协议", "responseOwner", "zhangwei", "responseDueOn", today.plusDays(30).toString()),
        Map.of("responseOwner", "zhangwei")));
    side.complete("zhangwei", response, Map.of("executionReport", "已与全部渠道商签订回款协议"));
    side.complete("wulei", response, decision(APPROVE, null));
    return response;
  }

  /** The response's steps when it is carried out: the plan, the 责任人's report, 运营部's check. */
  static BpmnModelInstance bareResponseShape() {
    String key = "bare-risk-response";
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().userTask().name("制定风险应对措施").camundaCandidateGroups("${department}")
        .userTask().name("报告应对执行情况").camundaAssignee("${responseOwner}");
    return approval(builder, key + "-ops", "ops").endEvent(com.opsflow.risk.RiskResponseProcess.Elements.END).done();
  }

  // ---- 数据报送与分析

  /** A member of each department and the value they submit for its indicator (within bounds: no warning). */
  private static final Map<String, Object[]> SUBMITTERS = Map.of("ops", new Object[] {"wulei", 93},
      "mkt", new Object[] {"wangfang", 9.6}, "sales", new Object[] {"sunli", 900}, "rnd", new Object[] {"hejing", 1},
      "cs", new Object[] {"fengtao", 8}, "fin", new Object[] {"chuyang", 170}, "hr", new Object[] {"jiangyan", 1.9},
      "data", new Object[] {"hanxue", 99.85});

  /**
   * A month's data round (OC-2.3, OM-7): the timer opens it, the eight departments submit their values, 韩雪 writes the
   * 数据分析报告 from the figures, 杨建国 takes note and it is published. After each round the month is freed again
   * (outside the timed part), so the next round reports the same month; its values are then unchanged.
   */
  Lifecycle dataRound() {
    String bareDefinition = bare.deploy(bareDataRoundShape());
    Rounds last = new Rounds();
    return new Lifecycle("数据报送与分析（八个部门）", () -> last.ours = dataRound(ours, () -> {
          Job timer = ours.engine.getManagementService().createJobQuery()
              .processDefinitionKey(com.opsflow.datareport.DataReportProcess.KEY).timers().singleResult();
          ours.engine.getManagementService().executeJob(timer.getId());
          String round = jdbc.queryForObject("select process_instance_id from data_report", String.class);
          for (List<Job> due; !(due = ours.engine.getManagementService().createJobQuery().processInstanceId(round)
              .messages().list()).isEmpty(); ) {
            due.forEach(job -> ours.engine.getManagementService().executeJob(job.getId()));
          }
          return round;
        }), () -> last.bare = dataRound(bare, () -> bare.engine.getRuntimeService().startProcessInstanceById(
            bareDefinition, Map.of("departments", json("[\"ops\",\"mkt\",\"sales\",\"rnd\",\"cs\",\"fin\",\"hr\",\"data\"]")))
            .getId()), 11, () -> {
          last.endedAt(com.opsflow.datareport.DataReportProcess.Elements.END,
              com.opsflow.datareport.DataReportProcess.Elements.END, 11);
          jdbc.update("delete from data_submission");
          jdbc.update("delete from data_report_trail");
          jdbc.update("delete from data_report");
        });
  }

  private String dataRound(Side side, java.util.function.Supplier<String> open) {
    String round = side.startBy("admin", open);
    SUBMITTERS.forEach((department, submitter) -> {
      var tasks = side.engine.getTaskService().createTaskQuery().taskCandidateGroup(department);
      Task task = (side.bare ? tasks.processInstanceId(round)
          : tasks.processDefinitionKey(com.opsflow.datareport.DataSubmissionProcess.KEY)).singleResult();
      List<Map<String, Object>> rows = side.bare ? List.of() : com.opsflow.kernel.FieldChecks.rows(
          side.engine.getTaskService().getVariable(task.getId(), "dataValues")).stream().map(row -> {
            Map<String, Object> filled = new java.util.HashMap<>(row);
            filled.put("value", submitter[1]);
            return filled;
          }).toList();
      side.work((String) submitter[0], task, round, Map.of("dataValues", com.opsflow.kernel.FormValues.json(rows)));
    });
    side.complete("hanxue", round, Map.of("reportPurpose", "掌握上月经营状况", "reportMethod", "各部门指标环比分析",
        "reportResults", "各项指标正常", "reportRecommendations", "保持"));
    side.complete("yangjianguo", round, decision(APPROVE, null));
    return round;
  }

  /** The round's steps: every department's submission in parallel, 数据分析部's report, 管理层's review. */
  static BpmnModelInstance bareDataRoundShape() {
    String key = "bare-data-report";
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().userTask().name("报送经营数据").camundaCandidateGroups("${department.stringValue()}")
        .multiInstance().parallel().camundaCollection("${departments.elements()}").camundaElementVariable("department")
        .multiInstanceDone().userTask().name("撰写数据分析报告").camundaCandidateGroups("data");
    return approval(builder, key + "-review", "management")
        .endEvent(com.opsflow.datareport.DataReportProcess.Elements.END).done();
  }

  // ---- the bare shapes' building blocks

  /** A user task for the group, then the decision's gateway: 同意 goes on, anything else ends the instance. */
  private static AbstractFlowNodeBuilder<?, ?> approval(AbstractFlowNodeBuilder<?, ?> builder, String gateway, String candidateGroup) {
    return builder.userTask().camundaCandidateGroups(candidateGroup).exclusiveGateway(gateway)
        .condition("驳回", "${decision != 'APPROVE'}").endEvent()
        .moveToNode(gateway).condition("同意", "${decision == 'APPROVE'}");
  }

  /**
   * The task once per head group in the Json list variable, in parallel, each offered to its group — as
   * ours offers a countersign or an acknowledgement to {@code org.headGroupOf(department)} of every department.
   */
  private static UserTaskBuilder everyHeadOf(UserTaskBuilder task, String listVariable, String elementVariable) {
    return task.camundaCandidateGroups("${" + elementVariable + ".stringValue()}")
        .multiInstance().parallel().camundaCollection("${" + listVariable + ".elements()}").camundaElementVariable(elementVariable)
        .multiInstanceDone();
  }

  /** A start event and one user task per candidate group, each followed by the decision's gateway. */
  static String deployBareShape(ProcessEngine engine, String key, List<String> candidateGroups) {
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent();
    int step = 0;
    for (String group : candidateGroups) {
      builder = approval(builder, key + "-decision-" + ++step, group);
    }
    engine.getRepositoryService().createDeployment()
        .addModelInstance(key + ".bpmn", builder.endEvent(key + "-end").done())
        .enableDuplicateFiltering(true).deploy();
    return key;
  }

  // ---- values as the forms submit them

  static Map<String, Object> annualPlan() {
    return annualPlan("市场部年度运营计划", planItem("品牌曝光", "线下活动", "王芳", nextYear() + "-06-30"));
  }

  static Map<String, Object> annualPlan(String title, String item) {
    return Variables.createVariables()
        .putValue("planType", "ANNUAL").putValue("periodYear", nextYear())
        .putValue("planTitle", title).putValue("planSummary", "拓展华东市场")
        .putValue("planItems", json("[" + item + "]"));
  }

  /** One plan item as Tasklist's dynamic list submits it. */
  static String planItem(String goal, String task, String responsible, String deadline) {
    return """
        {"goal":"%s","task":"%s","measures":"分季度执行","deadline":"%s","responsible":"%s","resources":"预算",\
        "keyTask":true}""".formatted(goal, task, deadline, responsible);
  }

  private static int nextYear() {
    return java.time.Year.now().getValue() + 1;
  }

  private static VariableMap decision(String code, String comment) {
    VariableMap variables = Variables.createVariables().putValue("decision", code);
    return comment == null ? variables : variables.putValue("decisionComment", comment);
  }

  private static TypedValue json(String json) {
    return SpinValues.jsonValue(json).create();
  }

  /** The hour of the day in the company's time zone, as our delegates compute timer dates. */
  private Date inCompanyTime(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(zone).toInstant());
  }

  private static void expect(boolean condition, String otherwise) {
    if (!condition) {
      throw new IllegalStateException("lifecycle did not end as expected: " + otherwise);
    }
  }

  // ---- driving one side

  /** The instances of the last round on both sides, for the check after it. */
  private final class Rounds {
    String ours;
    String bare;

    void endedAt(String oursEnd, String bareEnd, int userTaskCompletions) {
      Lifecycles.this.ours.endedAt(ours, oursEnd, userTaskCompletions);
      Lifecycles.this.bare.endedAt(bare, bareEnd, userTaskCompletions);
    }
  }

  /**
   * One engine as its users drive it: ours through Tasklist's form submissions as the demo people, the bare
   * one through the task service as the same people. Finding the task to work on is not done as the user
   * (Tasklist's own queries are measured elsewhere), the same on both sides.
   */
  static final class Side {
    final ProcessEngine engine;
    private final Actors actors;
    private final boolean bare;
    private int completions;

    Side(ProcessEngine engine, boolean bare) {
      this.engine = engine;
      this.actors = new Actors(engine);
      this.bare = bare;
    }

    String definition(String key) {
      return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .singleResult().getId();
    }

    /** Deploys the bare shapes together (the called ones first); the definition of the last one. */
    String deploy(BpmnModelInstance... models) {
      var deployment = engine.getRepositoryService().createDeployment().enableDuplicateFiltering(true);
      String key = null;
      for (BpmnModelInstance model : models) {
        key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
        deployment.addModelInstance(key + ".bpmn", model);
      }
      deployment.name(key).deploy();
      return definition(key);
    }

    /**
     * What the user submits; on the bare engine also what our delegates and listeners work out from it for
     * the diagram (candidate groups, timer dates, gateway flags), since it has no code of ours.
     */
    Map<String, Object> submits(Map<String, Object> form, Map<String, Object> workedOutByOurCode) {
      if (!bare) {
        return form;
      }
      VariableMap both = Variables.createVariables();
      both.putAll(form);
      both.putAll(workedOutByOurCode);
      return both;
    }

    String start(String user, String definition, Map<String, Object> variables) {
      completions = 1;
      return actors.as(user, () -> bare ? engine.getRuntimeService().startProcessInstanceById(definition, variables).getId()
          : engine.getFormService().submitStartForm(definition, variables).getId());
    }

    /** A start that is no start form — another system's post, the assessment opening a response; it counts as one. */
    String startBy(String user, java.util.function.Supplier<String> starter) {
      completions = 1;
      return actors.as(user, starter);
    }

    /** The instance's one open task, done by the user. */
    void complete(String user, String instance, Map<String, Object> variables) {
      work(user, engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult(), instance, variables);
    }

    /** One of the instance's parallel tasks: the one assigned to the user. */
    void completeAssigned(String user, String instance, Map<String, Object> variables) {
      work(user, engine.getTaskService().createTaskQuery().processInstanceId(instance).taskAssignee(user).singleResult(),
          instance, variables);
    }

    /** One of the instance's parallel tasks: the one offered to the group. */
    void completeFor(String group, String user, String instance, Map<String, Object> variables) {
      work(user, engine.getTaskService().createTaskQuery().processInstanceId(instance).taskCandidateGroup(group).singleResult(),
          instance, variables);
    }

    private void work(String user, Task task, String instance, Map<String, Object> variables) {
      if (task == null) {
        throw new IllegalStateException("no task for " + user + " in " + instance + " after " + completions + " completions");
      }
      completions++;
      actors.as(user, () -> {
        if (bare) {
          engine.getTaskService().complete(task.getId(), variables);
        } else {
          engine.getFormService().submitTaskForm(task.getId(), variables);
        }
      });
    }

    /** The timer the instance waits at falls due: done here as the job executor would do it. */
    void timerFires(String instance, String activityId) {
      Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
      if (timer == null) {
        throw new IllegalStateException("no timer " + activityId + " in " + instance);
      }
      engine.getManagementService().executeJob(timer.getId());
    }

    /** The instance a call activity of this one started. */
    String calledInstance(String instance) {
      return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance).singleResult().getId();
    }

    /** The instance waits in the call activity, and the instance it called waits at {@code calledWaitsAt}. */
    void waitsInCall(String instance, String callActivity, String calledWaitsAt, int userTaskCompletions) {
      List<String> active = engine.getRuntimeService().getActiveActivityIds(instance);
      expect(active.contains(callActivity), (bare ? "bare " : "our ") + instance + " waits at " + active);
      List<String> called = engine.getRuntimeService().getActiveActivityIds(calledInstance(instance));
      expect(called.contains(calledWaitsAt), (bare ? "bare " : "our ") + "called instance waits at " + called);
      expect(completions == userTaskCompletions,
          (bare ? "bare " : "our ") + instance + " took " + completions + " user-task completions, not " + userTaskCompletions);
    }

    void endedAt(String instance, String endEvent, int userTaskCompletions) {
      HistoricProcessInstance history = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(instance).singleResult();
      expect(history.getEndTime() != null && endEvent.equals(history.getEndActivityId()),
          (bare ? "bare " : "our ") + instance + " is " + history.getState() + " at " + history.getEndActivityId());
      expect(completions == userTaskCompletions,
          (bare ? "bare " : "our ") + instance + " took " + completions + " user-task completions, not " + userTaskCompletions);
    }
  }
}

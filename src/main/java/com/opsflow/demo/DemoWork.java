package com.opsflow.demo;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCaseProcess;
import com.opsflow.approval.attachment.ApplicationFiles;
import com.opsflow.approval.signer.SignerMode;
import com.opsflow.approval.signer.Signing;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FormValues;
import com.opsflow.meeting.MeetingProcess;
import com.opsflow.risk.RiskAssessmentProcess;
import com.opsflow.risk.RiskRound;
import com.opsflow.supervision.RectificationHelpProcess;
import com.opsflow.supervision.SupervisionProgrammeProcess;
import com.opsflow.meeting.MeetingResolutionProcess;
import com.opsflow.plan.OperationPlanApprovalProcess;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.company.CompanyPlanProcess;
import com.opsflow.datareport.DataReportProcess;
import com.opsflow.datareport.DataSubmissionProcess;
import com.opsflow.risk.warning.IndicatorReadings;
import com.opsflow.risk.warning.RiskWarningProcess;

/**
 * On the demo's first start (no plan yet), the demo users do some work through the engine, as they would
 * in Tasklist: 财务部's annual plan approved with two attachments, 销售部's at 运营部 where 吴磊 asked 周敏 to decide
 * first (加签), 研发部's returned to its drafter,
 * 客服部's quarterly plan waiting for 运营部, the company plan approved over 财务部's, 财务部's first quarter and January
 * linked down to its annual plan, a supervision programme that told 客服部 and 人力资源部 and started 客服部's audit, 研发部 rectifying after a
 * complaint with a weekly report reviewed and a help request waiting for the supervisors, 客服部's risks of the quarter
 * at its head, half a year of indicators with 销售部's warning and a supervisor's warning at 管理层, 销售部's department meeting with one resolution at 运营部's check — so 我的待办, 我的申请, the 运营看板 and Cockpit show real figures.
 * 市场部 is left alone for the README's walk-through.
 */
@Component
@Profile("demo")
@Order(10) // after the organisation and its authorizations
class DemoWork implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoWork.class);

  private final OperationPlans plans;
  private final RepositoryService repositoryService;
  private final FormService formService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final CompanyClock clock;
  private final ApplicationFiles files;
  private final Signing signing;
  private final IndicatorReadings indicatorReadings;
  private final boolean enabled;

  DemoWork(OperationPlans plans, RepositoryService repositoryService, FormService formService, TaskService taskService,
      RuntimeService runtimeService, ManagementService managementService,
      IdentityService identityService, CompanyClock clock, ApplicationFiles files, Signing signing,
      IndicatorReadings indicatorReadings, @Value("${opsflow.demo.work:true}") boolean enabled) {
    this.indicatorReadings = indicatorReadings;
    this.files = files;
    this.signing = signing;
    this.enabled = enabled;
    this.plans = plans;
    this.repositoryService = repositoryService;
    this.formService = formService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || plans.count() > 0) {
      return;
    }
    try {
      createSampleWork();
    } catch (RuntimeException failed) {
      // the demo still starts; the organisation is there, only the sample work is missing
      LOG.warn("demo work could not be created: {}", failed.toString());
    }
  }

  void createSampleWork() {
    int next = clock.today().getYear() + 1;
    String approved = submit("chuyang", annual(next, "财务部", "褚阳"));
    attach("chuyang", approved, next + "年财务部预算明细.csv", (next + "年预算,金额（万元）\n人员费用,320\n系统建设,85\n培训,12\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    attach("chenjie", approved, "部门会议白板.png", DemoPicture.whiteboard());
    decide("chenjie", approved, "APPROVE", "同意，目标清晰");
    decide("wulei", approved, "APPROVE", "已汇总，与公司年度目标一致");
    decide("yangjianguo", approved, "APPROVE", "批准");

    consolidateCompanyPlan(next);
    breakDown(next);

    String sales = submit("sunli", annual(next, "销售部", "孙丽"));
    decide("zhaoqiang", sales, "APPROVE", null);
    as("wulei", () -> {
      Task review = taskService.createTaskQuery().processInstanceId(sales).singleResult();
      taskService.claim(review.getId(), "wulei");
      return signing.add(review.getId(), "wulei", SignerMode.BEFORE, List.of("zhoumin"), "销售目标比去年高 40%，请部门负责人先把关");
    });
    decide("qianjun", submit("hejing", annual(next, "研发部", "何静")), "RETURN", "请补充各季度的资源需求");

    LocalDate nextQuarter = clock.today().plusMonths(3);
    submit("fengtao", quarterly(nextQuarter.getYear(), (nextQuarter.getMonthValue() - 1) / 3 + 1, "客服部", "冯涛"));

    String complaint = record(customerContact("COMPLAINT", "SERIOUS", "客户反映系统报表导出总是失败，已影响月底结账。"));
    work("fengtao", complaint, Map.of("complaintDetails", "客户情绪激动，已致歉并承诺尽快解决。", "investigation", "复现确认：数据超过一万行时导出失败。"));
    work("zhenghong", complaint, Map.of("responsibleDepartment", "rnd", "solution", "研发部修复导出缺陷，客服部为客户补发报表。"));
    record(customerContact("ENQUIRY", null, "客户询问报表能否按区域汇总。"));
    VariableMap change = customerContact("CHANGE_REQUEST", null, "客户要求在报表系统中增加按区域汇总的报表。");
    change.putValue("responsibleDepartment", "rnd").putValue("projectName", "华东贸易报表系统");
    record(change);
    holdSalesMeeting();
    planSupervision();
    rectifyAfterComplaint();
    assessRisks();
    watchIndicators();
    LOG.info("demo work done: 6 plans, 3 customer cases and a meeting with its resolutions at different stages");
  }

  /** 运营部 consolidates next year's company plan over 财务部's plan in force, and 管理层 approves it (OM-3.1). */
  private void consolidateCompanyPlan(int year) {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(CompanyPlanProcess.KEY)
        .latestVersion().singleResult().getId();
    String companyPlan = as("wulei", () -> formService.submitStartForm(definition,
        Map.of(CompanyPlanProcess.Variables.YEAR, year)).getId());
    work("wulei", companyPlan, Map.of(CompanyPlanProcess.Variables.GOALS,
        "营业收入增长 20%，利润率 15%，客户满意度 95% 以上；各部门年度计划生效后补入新版本。"));
    decide("yangjianguo", companyPlan, "APPROVE", "同意，其余部门计划生效后补入");
  }

  /**
   * 财务部's first quarter breaks down the annual plan's item, January refines the quarter's (OM-3.2, OM-3.3): the
   * annual plan's page shows the tree.
   */
  private void breakDown(int year) {
    Object firstItem = FormValues.json(List.of(Map.of("task", "", "parent", "1")));
    String quarter = submit("chuyang", quarterly(year, 1, "财务部", "褚阳"));
    work("chuyang", quarter, Map.of(PARENT_LINKS, firstItem));
    decide("wulei", quarter, "APPROVE", "与年度计划一致，报管理层备案");
    String january = submit("chuyang", plan("MONTHLY", year, null, "财务部" + year + "年1月运营计划",
        item(year + "-01-20", "褚阳")).putValue(PERIOD_MONTH, "1"));
    work("chuyang", january, Map.of(PARENT_LINKS, firstItem));
    decide("wulei", january, "APPROVE", "同意发布");
  }

  /**
   * A second complaint that 客服部's analysis sends to 研发部 for rectification (CC-3.2.3): 何静 plans it, reports progress
   * once (SV-3.4.2; the weekly report run here as the job executor would on Monday), 冯涛 reviews the report, and 何静
   * asks the supervisors for help (SV-3.4.3), which waits for 孔明 in 部门待办.
   */
  private void rectifyAfterComplaint() {
    String complaint = record(customerContact("COMPLAINT", "SERIOUS", "客户反映导出的报表金额合计与明细不一致。"));
    String caseNumber = runtimeService.createProcessInstanceQuery().processInstanceId(complaint).singleResult()
        .getBusinessKey();
    work("fengtao", complaint, Map.of("complaintDetails", "客户提供了两份报表截图。", "investigation", "复现确认：跨月数据合计重复。"));
    work("zhenghong", complaint, Map.of("responsibleDepartment", "rnd", "solution", "研发部修正合计逻辑，客服部向客户说明。"));
    work("hejing", complaint, Map.of("handlingResult", "合计逻辑已修正，并补发正确报表。"));
    work("fengtao", complaint, Map.of("customerReply", "已向客户说明原因并补发报表。"));
    work("fengtao", complaint, Map.of("satisfaction", "FAIRLY_SATISFIED"));
    work("fengtao", complaint, Map.of("caseAnalysis", "研发部发布前未核对跨月合计。", "improvements", "报表发布前增加合计核对。",
        "needsRectification", true, "rectificationRequirement", "建立报表发布前的合计核对制度并补测全部报表。"));
    String rectification = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber + "-1")
        .singleResult().getId();
    work("hejing", rectification, Map.of("measures", "编写核对清单，补测全部 32 张报表", "rectificationResponsible", "何静",
        "rectificationDeadline", clock.today().plusDays(30).toString()));
    runJobs(rectification, "Start_ProgressDue");
    Task progress = taskService.createTaskQuery().processInstanceId(rectification).taskDefinitionKey("Task_ReportProgress")
        .singleResult();
    complete("hejing", progress, Map.of("rectificationProgress", "核对清单已完成，已补测 12 张报表。",
        "rectificationDifficulties", "部分历史报表缺少测试数据。", "helpNeeded", false));
    Task review = taskService.createTaskQuery().processInstanceId(rectification).taskDefinitionKey("Task_ReviewProgress")
        .singleResult();
    complete("fengtao", review, Map.of("progressReview", "进度正常，请优先补测客户常用的报表。"));
    String help = as("hejing", () -> formService.submitStartForm(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(RectificationHelpProcess.KEY).latestVersion().singleResult().getId(), Map.of()).getId());
    long finding = (Long) runtimeService.getVariable(rectification, "findingId");
    work("hejing", help, Map.of("finding", String.valueOf(finding), "currentProgress", "已补测 12 张报表。",
        "difficulty", "历史报表缺少测试数据，需要数据分析部提供脱敏样本。"));
  }

  /**
   * 客服部's risks of this quarter (OM-5.1), identified by 冯涛 and waiting for its head 郑红; the quarterly round's
   * timer opens these for every department, the demo opens one as the timer would.
   */
  private void assessRisks() {
    RiskRound round = RiskRound.of(clock.today());
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(RiskAssessmentProcess.KEY)
        .latestVersion().singleResult().getId();
    String assessment = as("admin", () -> runtimeService.startProcessInstanceById(definition, Map.of(
        RiskAssessmentProcess.Variables.DEPARTMENT, "cs",
        RiskAssessmentProcess.Variables.ROUND, round.code(),
        RiskAssessmentProcess.Variables.ROUND_LABEL, round.label())).getId());
    work("fengtao", assessment, Map.of(RiskAssessmentProcess.Variables.RISKS, FormValues.json(List.of(
        Map.of("category", "OPERATIONS", "description", "投诉高峰期坐席不足，响应超时", "likelihood", "4", "impact", "3"),
        Map.of("category", "INFORMATION_SECURITY", "description", "通话录音含客户个人信息，存储未加密", "likelihood", "3",
            "impact", "5")))));
    // 人力资源部's round went through: its 中 risk is in the register and its response waits for the department (OM-5.2)
    String hr = as("admin", () -> runtimeService.startProcessInstanceById(definition, Map.of(
        RiskAssessmentProcess.Variables.DEPARTMENT, "hr",
        RiskAssessmentProcess.Variables.ROUND, round.code(),
        RiskAssessmentProcess.Variables.ROUND_LABEL, round.label())).getId());
    work("jiangyan", hr, Map.of(RiskAssessmentProcess.Variables.RISKS, FormValues.json(List.of(
        Map.of("category", "HR", "description", "核心技术岗位人员流失，关键岗位无备份", "likelihood", "3",
            "impact", "3")))));
    work("weihua", hr, Map.of("decision", "APPROVE"));
    work("wulei", hr, Map.of("decision", "APPROVE", "decisionComment", "已登记台账，请人力资源部制定应对措施"));
  }

  /**
   * Half a year of every indicator, posted by 经营数据系统 as another system would (OM-5.3): 销售部's 月度销售额 fell below
   * its warning value last month, so 销售部 finds 原因分析与应对措施 in 部门待办; and 孔明's warning on 研发部's delays
   * waits for 管理层批示 (SV-2.2.5).
   */
  private void watchIndicators() {
    java.time.YearMonth last = java.time.YearMonth.from(clock.today()).minusMonths(2); // last month: submitted below
    Map<String, double[]> history = new java.util.LinkedHashMap<>();
    history.put("PLAN-COMPLETION", new double[] {93, 95, 92, 94, 91, 93});
    history.put("LEAD-CONVERSION", new double[] {10.2, 9.8, 11.5, 10.9, 9.1, 9.6});
    history.put("SALES-REVENUE", new double[] {960, 1010, 940, 880, 850, 760});
    history.put("DELIVERY-DELAY", new double[] {1, 0, 1, 1, 0, 1});
    history.put("COMPLAINT-COUNT", new double[] {6, 8, 5, 7, 9, 8});
    history.put("RECEIVABLE-OVERDUE", new double[] {120, 135, 150, 160, 180, 170});
    history.put("STAFF-TURNOVER", new double[] {1.8, 2.1, 1.5, 2.4, 2.0, 1.9});
    history.put("SYSTEM-AVAILABILITY", new double[] {99.9, 99.8, 99.95, 99.7, 99.9, 99.85});
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    history.forEach((indicator, values) -> {
      for (int i = 0; i < values.length; i++) {
        rows.add(Map.of("indicator", indicator, "period", last.minusMonths(values.length - 1 - i).toString(),
            "value", values[i]));
      }
    });
    as("bizdata", () -> indicatorReadings.record(rows, indicator -> true, "bizdata", "经营数据系统"));
    submitLastMonthsData();
    String warning = as("kongming", () -> formService.submitStartForm(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(RiskWarningProcess.KEY).latestVersion().singleResult().getId(), Map.of()).getId());
    work("kongming", warning, Map.of(RiskWarningProcess.Variables.DEPARTMENT, "rnd",
        RiskWarningProcess.Variables.SUBJECT, "研发部多个客户项目连续延期",
        RiskWarningProcess.Variables.DESCRIPTION, "督导发现三个客户项目延期超过两周，其中华东贸易的报表项目已引起客户投诉，建议管理层关注。"));
  }

  /**
   * Last month's data round (OC-2.3.1), opened as its timer would: every department but 人力资源部 has submitted —
   * 销售部's 月度销售额 is still below its warning value and joins the open warning — so 人力资源部 finds 报送经营数据
   * in 部门待办 and 数据分析部 waits for it.
   */
  private void submitLastMonthsData() {
    var timer = managementService.createJobQuery().processDefinitionKey(DataReportProcess.KEY).timers().singleResult();
    managementService.executeJob(timer.getId());
    String round = runtimeService.createProcessInstanceQuery().processDefinitionKey(DataReportProcess.KEY).singleResult()
        .getId();
    for (List<org.camunda.bpm.engine.runtime.Job> due; !(due = managementService.createJobQuery().processInstanceId(round)
        .messages().list()).isEmpty(); ) {
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    Map<String, Object[]> submitters = Map.of("ops", new Object[] {"wulei", 92}, "mkt", new Object[] {"wangfang", 9.9},
        "sales", new Object[] {"sunli", 780}, "rnd", new Object[] {"hejing", 1}, "cs", new Object[] {"fengtao", 7},
        "fin", new Object[] {"chuyang", 165}, "data", new Object[] {"hanxue", 99.9});
    submitters.forEach((department, submitter) -> {
      Task task = taskService.createTaskQuery().processDefinitionKey(DataSubmissionProcess.KEY)
          .taskCandidateGroup(department).singleResult();
      List<Map<String, Object>> rows = com.opsflow.kernel.FieldChecks.rows(taskService.getVariable(task.getId(),
          DataSubmissionProcess.Variables.VALUES)).stream().map(row -> {
            Map<String, Object> filled = new HashMap<>(row);
            filled.put("value", submitter[1]);
            return filled;
          }).toList();
      complete((String) submitter[0], task, Map.of(DataSubmissionProcess.Variables.VALUES, FormValues.json(rows)));
    });
  }

  private void complete(String user, Task task, Map<String, Object> values) {
    as(user, () -> {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), user);
      }
      formService.submitTaskForm(task.getId(), values);
      return null;
    });
  }

  /**
   * A supervision programme (SV-2.1.1) approved with two audits within the week, so both departments are told at once
   * (the notices run here as the job executor would): 客服部's head 郑红 confirms and the audit is started, waiting for
   * its day; 人力资源部's head 魏华 finds 确认督导日期 in 部门待办.
   */
  private void planSupervision() {
    LocalDate second = clock.today().plusDays(6);
    LocalDate first = clock.today().plusDays(4).getYear() == second.getYear() ? clock.today().plusDays(4) : second;
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(SupervisionProgrammeProcess.KEY).latestVersion().singleResult().getId();
    String programme = as("kongming", () -> formService.submitStartForm(definition, Map.of(
        SupervisionProgrammeProcess.Variables.PERIOD_TYPE, "ANNUAL",
        SupervisionProgrammeProcess.Variables.PERIOD_YEAR, second.getYear())).getId());
    work("kongming", programme, Map.of(
        SupervisionProgrammeProcess.Variables.TITLE, second.getYear() + "年度运营督导工作计划",
        SupervisionProgrammeProcess.Variables.GOALS, "年末检查客户服务质量和人力资源流程规范",
        SupervisionProgrammeProcess.Variables.METHODS, "现场检查、抽查记录、员工访谈",
        SupervisionProgrammeProcess.Variables.PLANNED_AUDITS, FormValues.json(List.of(
            Map.of("department", "cs", "onSiteDate", first.toString(), "focusAreas", List.of("SERVICE_QUALITY"),
                "supervisors", List.of("kongming")),
            Map.of("department", "hr", "onSiteDate", second.toString(), "focusAreas", List.of("PROCESS_COMPLIANCE"),
                "supervisors", List.of("kongming", "caoyun"))))));
    decide("yangjianguo", programme, "APPROVE", "同意");
    runJobs(programme, SupervisionProgrammeProcess.Elements.WAIT_FOR_NOTICE);
    Task confirm = taskService.createTaskQuery().processInstanceId(programme).taskCandidateGroup("csHead").singleResult();
    complete("zhenghong", confirm, Map.of(SupervisionProgrammeProcess.Variables.DATE_ANSWER, "CONFIRM"));
    runJobs(programme, SupervisionProgrammeProcess.Elements.PREPARE_AUDIT);
  }

  private void runJobs(String instance, String activity) {
    managementService.createJobQuery().processInstanceId(instance).activityId(activity).list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  /**
   * 销售部's department meeting (OM-8.2–8.4): called by 赵强, minutes by 孙丽 confirmed by 赵强 and 吴磊 and published; 孙丽's
   * item done and waiting for 运营部's check, 赵强's still in progress.
   */
  private void holdSalesMeeting() {
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(MeetingProcess.KEY)
        .latestVersion().singleResult().getId();
    String meeting = as("zhaoqiang", () -> formService.submitStartForm(definition, Map.of(MeetingProcess.Variables.KIND,
        "DEPARTMENT", MeetingProcess.Variables.TOPIC, "十二月重点客户跟进")).getId());
    Map<String, Object> preparation = new HashMap<>();
    preparation.put(MeetingProcess.Variables.KIND, "DEPARTMENT");
    preparation.put(MeetingProcess.Variables.TOPIC, "十二月重点客户跟进");
    preparation.put(MeetingProcess.Variables.AGENDA, FormValues.json(List.of(Map.of("item", "十一月销售回顾"), Map.of("item", "重点客户跟进安排"))));
    preparation.put(MeetingProcess.Variables.DATE, clock.today().plusDays(1).toString());
    preparation.put(MeetingProcess.Variables.START_TIME, "09:30");
    preparation.put(MeetingProcess.Variables.DURATION_MINUTES, 60);
    preparation.put(MeetingProcess.Variables.PLACE, "二楼销售部会议室");
    preparation.put(MeetingProcess.Variables.ATTENDEE_GROUPS, FormValues.json(List.of("sales")));
    preparation.put(MeetingProcess.Variables.ATTENDEE_PEOPLE, FormValues.json(List.of("wulei")));
    preparation.put(MeetingProcess.Variables.RECORDER, "sunli");
    work("zhaoqiang", meeting, preparation);
    work("sunli", meeting, Map.of(MeetingProcess.Variables.MINUTES_CONTENT, "回顾十一月销售情况，华东区完成率最高；十二月重点跟进五家重点客户。",
        MeetingProcess.Variables.DECISIONS, FormValues.json(List.of(
            Map.of("subject", "整理十二月重点客户名单", "owner", "sunli", "due", clock.today().plusDays(7).toString()),
            Map.of("subject", "与市场部确认联合促销方案", "owner", "zhaoqiang", "due", clock.today().plusDays(14).toString())))));
    for (Task confirmation : taskService.createTaskQuery().processInstanceId(meeting).list()) {
      as(confirmation.getAssignee(), () -> {
        formService.submitTaskForm(confirmation.getId(), Map.of(MeetingProcess.Variables.MINUTES_ANSWER, "CONFIRM"));
        return null;
      });
    }
    work("zhaoqiang", meeting, Map.of());
    Task item = taskService.createTaskQuery().processDefinitionKey(MeetingResolutionProcess.KEY).taskAssignee("sunli").singleResult();
    as("sunli", () -> {
      formService.submitTaskForm(item.getId(), Map.of(MeetingResolutionProcess.Variables.REPORT_KIND, "DONE",
          MeetingResolutionProcess.Variables.REPORT, "五家重点客户的名单和联系人已整理，见销售部共享目录。"));
      return null;
    });
  }

  private String record(VariableMap contact) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(CustomerCaseProcess.KEY).latestVersion().singleResult().getId();
    return as("fengtao", () -> formService.submitStartForm(definition, contact).getId());
  }

  private void work(String user, String instance, Map<String, Object> values) {
    complete(user, taskService.createTaskQuery().processInstanceId(instance).singleResult(), values);
  }

  private static VariableMap customerContact(String category, String severity, String description) {
    VariableMap contact = Variables.createVariables().putValue("customerName", "陈先生")
        .putValue("customerCompany", "华东贸易有限公司").putValue("customerContact", "13800138000")
        .putValue("caseChannel", "PHONE").putValue("caseCategory", category).putValue("caseDescription", description);
    if (severity != null) {
      contact.putValue("caseSeverity", severity);
    }
    return contact;
  }

  private void attach(String person, String instance, String name, byte[] content) {
    as(person, () -> {
      try {
        return files.attachToApplication(instance, person, name, new java.io.ByteArrayInputStream(content), content.length);
      } catch (java.io.IOException unreadable) {
        throw new java.io.UncheckedIOException(unreadable);
      }
    });
  }

  private String submit(String drafter, VariableMap plan) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(OperationPlanApprovalProcess.KEY).latestVersion().singleResult().getId();
    return as(drafter, () -> formService.submitStartForm(definition, plan).getId());
  }

  private void decide(String reviewer, String instance, String decision, String comment) {
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    Map<String, Object> values = comment == null ? Map.of("decision", decision)
        : Map.of("decision", decision, "decisionComment", comment);
    as(reviewer, () -> {
      taskService.claim(task.getId(), reviewer);
      formService.submitTaskForm(task.getId(), values);
      return null;
    });
  }

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static VariableMap annual(int year, String department, String responsible) {
    return plan("ANNUAL", year, null, department + year + "年度运营计划", item(year + "-06-30", responsible));
  }

  private static VariableMap quarterly(int year, int quarter, String department, String responsible) {
    String deadline = LocalDate.of(year, quarter * 3, 15).toString();
    return plan("QUARTERLY", year, String.valueOf(quarter), department + year + "年第" + quarter + "季度运营计划",
        item(deadline, responsible));
  }

  private static VariableMap plan(String type, int year, String quarter, String title, String item) {
    VariableMap plan = Variables.createVariables()
        .putValue(PLAN_TYPE, type)
        .putValue(PERIOD_YEAR, year)
        .putValue(PLAN_TITLE, title)
        .putValue(PLAN_SUMMARY, "围绕公司年度目标，聚焦重点任务")
        .putValue(PLAN_ITEMS, SpinValues.jsonValue("[" + item + "]").create());
    return quarter == null ? plan : plan.putValue(PERIOD_QUARTER, quarter);
  }

  private static String item(String deadline, String responsible) {
    return """
        {"goal":"重点指标提升20%%","task":"完成三项重点工作","measures":"按季度推进并复盘",\
        "deadline":"%s","responsible":"%s","resources":"现有团队","keyTask":true}""".formatted(deadline, responsible);
  }
}

package com.opsflow.demo;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
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
import com.opsflow.plan.OperationPlanApprovalProcess;
import com.opsflow.plan.OperationPlans;

/**
 * On the demo's first start (no plan yet), the demo users do some work through the engine, as they would
 * in Tasklist: 财务部's annual plan approved with two attachments, 销售部's at 运营部 where 吴磊 asked 周敏 to decide
 * first (加签), 研发部's returned to its drafter,
 * 客服部's quarterly plan waiting for 运营部 — so 我的待办, 我的申请, the 运营看板 and Cockpit show real figures.
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
  private final IdentityService identityService;
  private final CompanyClock clock;
  private final ApplicationFiles files;
  private final Signing signing;
  private final boolean enabled;

  DemoWork(OperationPlans plans, RepositoryService repositoryService, FormService formService, TaskService taskService,
      IdentityService identityService, CompanyClock clock, ApplicationFiles files, Signing signing,
      @Value("${opsflow.demo.work:true}") boolean enabled) {
    this.files = files;
    this.signing = signing;
    this.enabled = enabled;
    this.plans = plans;
    this.repositoryService = repositoryService;
    this.formService = formService;
    this.taskService = taskService;
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
    LOG.info("demo work done: 4 plans and 3 customer cases at different stages");
  }

  private String record(VariableMap contact) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(CustomerCaseProcess.KEY).latestVersion().singleResult().getId();
    return as("fengtao", () -> formService.submitStartForm(definition, contact).getId());
  }

  private void work(String user, String instance, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    as(user, () -> {
      if (task.getAssignee() == null) {
        taskService.claim(task.getId(), user);
      }
      formService.submitTaskForm(task.getId(), values);
      return null;
    });
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

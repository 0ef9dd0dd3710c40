package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/** The steps of rectifying one finding (SV-3.4), each a small bean below. */
final class RectificationDelegates {

  private RectificationDelegates() {
  }

  /**
   * Sets the timers of a round's deadline: it falls the morning after the last day, in the company's
   * time zone, and the reminder goes out the configured period before.
   */
  static void schedule(DelegateExecution execution, LocalDate lastDay, CompanyClock clock, SupervisionRules rules) {
    Date deadline = Date.from(lastDay.plusDays(1).atStartOfDay(clock.zone()).toInstant());
    execution.setVariable(DEADLINE_AT, deadline);
    execution.setVariable(REMIND_AT, Date.from(deadline.toInstant().minus(rules.getReminderBeforeDeadline())));
  }

  /** 开始整改跟踪: what the department and the supervisors see about the finding. */
  @Component("openRectification")
  static class Open implements JavaDelegate {

    private final Rectifications rectifications;
    private final Organisation org;
    private final SupervisionRules rules;

    Open(Rectifications rectifications, Organisation org, SupervisionRules rules) {
      this.rectifications = rectifications;
      this.org = org;
      this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
      AuditFinding finding = rectifications.open((Long) execution.getVariable(FINDING_ID), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(execution.getVariable(AUDIT_NUMBER) + "-" + finding.number());
      execution.setVariable(RESPONSIBLE_DEPARTMENT, finding.responsibleDepartment());
      execution.setVariable(FINDING_TITLE, "第 " + finding.number() + " 项问题（" + finding.severity().label() + "）");
      execution.setVariable(FINDING_DESCRIPTION, finding.description());
      execution.setVariable(FINDING_DETAILS, "督导重点：" + finding.focusArea().label() + "；影响范围：" + finding.scope()
          + "；责任部门：" + org.departmentName(finding.responsibleDepartment()) + "；责任人：" + finding.responsiblePerson());
      execution.setVariable(ROUND, finding.rounds());
      execution.setVariable(PLAN_DUE, rules.getPlanSubmissionPeriod().toString());
      execution.setVariable(ROUND_HAS_PLAN, false);
    }
  }

  /** 制定整改方案: the department's measures, 责任人 and 整改期限 for this round. */
  @Component("recordRectificationPlan")
  static class RecordPlan implements ExecutionListener {

    private final Rectifications rectifications;
    private final IdentityService identityService;
    private final SupervisionRules rules;
    private final CompanyClock clock;

    RecordPlan(Rectifications rectifications, IdentityService identityService, SupervisionRules rules, CompanyClock clock) {
      this.rectifications = rectifications;
      this.identityService = identityService;
      this.rules = rules;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (OnSiteListeners.cancelled(execution)) {
        return;
      }
      RectificationPlan plan = RectificationPlan.from(execution.getVariables(), clock.today());
      rectifications.plan((Long) execution.getVariable(FINDING_ID), plan, CurrentUser.of(identityService), clock.now());
      schedule(execution, plan.deadline(), clock, rules);
      execution.setVariable(ROUND_HAS_PLAN, true);
    }
  }

  /** 整改提醒: before the deadline, the department is reminded (a comment on its task, kept on the round). */
  @Component("remindRectification")
  static class Remind implements JavaDelegate {

    private final Rectifications rectifications;
    private final TaskService taskService;
    private final CompanyClock clock;

    Remind(Rectifications rectifications, TaskService taskService, CompanyClock clock) {
      this.rectifications = rectifications;
      this.taskService = taskService;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      rectifications.remind((Long) execution.getVariable(FINDING_ID), clock.now());
      taskService.createComment(null, execution.getProcessInstanceId(),
          "整改提醒：整改期限 " + execution.getVariable(RECTIFICATION_DEADLINE) + " 即将到期，请按时完成整改并提交结果。");
    }
  }

  /** 提交整改结果: what the department did. */
  @Component("recordCompletion")
  static class RecordCompletion implements ExecutionListener {

    private final Rectifications rectifications;

    RecordCompletion(Rectifications rectifications) {
      this.rectifications = rectifications;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (OnSiteListeners.cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String report = checks.text(execution.getVariable(COMPLETION_REPORT), "整改完成情况", 2000, true);
      checks.refuseIfAny();
      rectifications.reportCompletion((Long) execution.getVariable(FINDING_ID), report);
    }
  }

  /** 逾期: a deadline passed without the department doing what was due. */
  @Component("markRectificationOverdue")
  static class MarkOverdue implements JavaDelegate {

    private final Rectifications rectifications;

    MarkOverdue(Rectifications rectifications) {
      this.rectifications = rectifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
      rectifications.markOverdue((Long) execution.getVariable(FINDING_ID));
      execution.setVariable(ESCALATION_REASON, Boolean.TRUE.equals(execution.getVariable(ROUND_HAS_PLAN))
          ? "整改期限已过，部门未提交整改结果" : "部门逾期未提交整改方案");
    }
  }

  /** 整改验收: passed closes the finding; not passed starts the next round with the reasons, or escalates. */
  @Component("recordAcceptance")
  static class RecordAcceptance implements ExecutionListener {

    private final Rectifications rectifications;
    private final IdentityService identityService;
    private final SupervisionRules rules;
    private final CompanyClock clock;

    RecordAcceptance(Rectifications rectifications, IdentityService identityService, SupervisionRules rules,
        CompanyClock clock) {
      this.rectifications = rectifications;
      this.identityService = identityService;
      this.rules = rules;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (OnSiteListeners.cancelled(execution)) {
        return;
      }
      Object acceptance = execution.getVariable(ACCEPTANCE);
      if (!"PASS".equals(acceptance) && !"FAIL".equals(acceptance)) {
        throw new SubmissionRefused("请选择验收结论：通过或不通过。");
      }
      boolean passed = "PASS".equals(acceptance);
      FieldChecks checks = new FieldChecks();
      String comment = checks.text(execution.getVariable(ACCEPTANCE_COMMENT), "验收意见（不通过时写明原因）", 2000, !passed);
      checks.refuseIfAny();
      AuditFinding finding = rectifications.accept((Long) execution.getVariable(FINDING_ID), passed, comment,
          CurrentUser.of(identityService), clock.now());
      execution.removeVariable(ACCEPTANCE_COMMENT);
      execution.setVariable(ROUND, finding.rounds());
      if (!passed) {
        int failed = finding.rounds() - 1;
        execution.setVariable(LAST_REJECTION, "第 " + failed + " 轮验收未通过：" + comment);
        execution.setVariable(TOO_MANY_ROUNDS, failed > rules.getMaxFailedRounds());
        execution.setVariable(ESCALATION_REASON, "整改已有 " + failed + " 轮验收未通过");
        execution.setVariable(ROUND_HAS_PLAN, false);
      }
    }
  }

  /** 管理层决定: extend the deadline, continue rectifying, or close the finding as failed. */
  @Component("recordEscalationDecision")
  static class RecordEscalationDecision implements ExecutionListener {

    private final Rectifications rectifications;
    private final CompanyClock clock;
    private final SupervisionRules rules;

    RecordEscalationDecision(Rectifications rectifications, CompanyClock clock, SupervisionRules rules) {
      this.rectifications = rectifications;
      this.clock = clock;
      this.rules = rules;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (OnSiteListeners.cancelled(execution)) {
        return;
      }
      Object decision = execution.getVariable(ESCALATION_DECISION);
      FieldChecks checks = new FieldChecks();
      if (!"EXTEND".equals(decision) && !"CONTINUE".equals(decision) && !"CLOSE_FAILED".equals(decision)) {
        throw new SubmissionRefused("请选择处理决定：延长期限、继续整改或按整改失败关闭。");
      }
      checks.text(execution.getVariable(ESCALATION_COMMENT), "处理意见", 2000, true);
      LocalDate newDeadline = null;
      if ("EXTEND".equals(decision)) {
        newDeadline = checks.date(execution.getVariable(NEW_DEADLINE), "新的整改期限");
        if (newDeadline != null && !newDeadline.isAfter(clock.today())) {
          checks.add("新的整改期限须晚于今天（" + clock.today() + "）");
        }
      }
      checks.refuseIfAny();
      if (newDeadline != null && Boolean.TRUE.equals(execution.getVariable(ROUND_HAS_PLAN))) {
        rectifications.extend((Long) execution.getVariable(FINDING_ID), newDeadline);
        execution.setVariable(RECTIFICATION_DEADLINE, newDeadline.toString());
        schedule(execution, newDeadline, clock, rules);
      }
    }
  }

  /** 关闭问题: the finding closes as passed or failed (input parameter findingOutcome), and the ledger gets its points (SV-5). */
  @Component("closeFinding")
  static class Close implements JavaDelegate {

    private final Rectifications rectifications;
    private final CompanyClock clock;

    Close(Rectifications rectifications, CompanyClock clock) {
      this.rectifications = rectifications;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      rectifications.close((Long) execution.getVariable(FINDING_ID),
          FindingStatus.valueOf((String) execution.getVariable(FINDING_OUTCOME)), clock.now());
    }
  }
}

package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.approval.Countersign;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.FormValues;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.kernel.Steps;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/** From the kick-off to the incentives (OC-4.1.2 to OC-4.4), each step a small bean below. */
final class ProjectDelegates {

  private ProjectDelegates() {
  }

  static boolean cancelled(DelegateExecution execution) {
    return Steps.cancelled(execution);
  }

  static Long projectId(DelegateExecution execution) {
    return (Long) execution.getVariable(PROJECT_ID);
  }

  static String currentUser(IdentityService identityService) {
    return CurrentUser.of(identityService);
  }

  /** 项目启动会议: each department's responsibilities and the way of working. */
  @Component("recordKickOff")
  static class KickOff implements ExecutionListener {

    private final Projects projects;
    private final IdentityService identityService;
    private final CompanyClock clock;

    KickOff(Projects projects, IdentityService identityService, CompanyClock clock) {
      this.projects = projects;
      this.identityService = identityService;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String responsibilities = checks.text(execution.getVariable(RESPONSIBILITIES), "各部门职责分工", 2000, true);
      String way = checks.text(execution.getVariable(WAY_OF_WORKING), "工作方式", 2000, true);
      checks.refuseIfAny();
      CollaborationProject project = projects.kickOff(projectId(execution),
          "职责分工：" + responsibilities + "\n工作方式：" + way, currentUser(identityService), clock.now());
      execution.setVariable(PROJECT_STATUS, project.statusLabel());
    }
  }

  /** 编制项目计划: phases with tasks, deadlines, responsible persons and deliverables. */
  @Component("recordProjectPlan")
  static class Plan implements ExecutionListener {

    private final Projects projects;
    private final IdentityService identityService;
    private final CompanyClock clock;

    Plan(Projects projects, IdentityService identityService, CompanyClock clock) {
      this.projects = projects;
      this.identityService = identityService;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      CollaborationProject current = projects.project(projectId(execution));
      List<ProjectPhase> phases = ProjectPlanDraft.phasesFrom(execution.getVariables(),
          java.time.LocalDate.parse((String) execution.getVariable(START_DATE)),
          java.time.LocalDate.parse((String) execution.getVariable(END_DATE)));
      CollaborationProject project = projects.plan(current.id(), phases, currentUser(identityService), clock.now());
      execution.setVariable(PROJECT_STATUS, project.statusLabel());
      execution.setVariable(PHASES_VIEW, FormValues.json(phases.stream().map(phase -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", phase.name());
        row.put("tasks", phase.tasks());
        row.put("deadline", phase.deadline().toString());
        row.put("responsible", phase.responsible());
        row.put("deliverables", phase.deliverables());
        return row;
      }).toList()));
    }
  }

  /** One participating head's review of the plan (会签: a return ends the round); the decision stays local to that head's task. */
  @Component("recordPlanReview")
  static class PlanReview implements ExecutionListener {

    private final Projects projects;
    private final IdentityService identityService;
    private final CompanyClock clock;

    PlanReview(Projects projects, IdentityService identityService, CompanyClock clock) {
      this.projects = projects;
      this.identityService = identityService;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      ReviewSubmission submission = ReviewSubmission.of(execution.getVariable(DECISION), execution.getVariable(DECISION_COMMENT));
      if (submission.decision() == ReviewDecision.REJECT) {
        throw new SubmissionRefused("此环节不能选择“驳回”，只能选择同意或退回修改。");
      }
      projects.reviewPlan(projectId(execution), (String) execution.getVariable(REVIEWING_DEPARTMENT),
          currentUser(identityService), submission, clock.now());
      Countersign.count(execution, submission.decision());
    }
  }

  /** 汇总审核意见: every head approved, or the plan goes back to the lead with all comments gathered. */
  @Component("concludePlanReview")
  static class ConcludePlanReview implements JavaDelegate {

    private final Projects projects;
    private final CollaborationRules rules;
    private final CompanyClock clock;

    ConcludePlanReview(Projects projects, CollaborationRules rules, CompanyClock clock) {
      this.projects = projects;
      this.rules = rules;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      List<String> returns = projects.concludePlanReview(projectId(execution), clock.now());
      CollaborationProject project = projects.project(projectId(execution));
      execution.setVariable(PLAN_APPROVED_BY_ALL, returns.isEmpty());
      execution.setVariable(PLAN_RETURN_COMMENTS, returns.isEmpty() ? null : String.join("\n", returns));
      execution.setVariable(PROGRESS_CYCLE, "R/" + rules.getProgressInterval());
      execution.setVariable(PROJECT_STATUS, project.statusLabel());
      execution.setVariable(DECISION_HISTORY, DecisionHistory.of(project.trail(), clock));
    }
  }

  /** 报告项目进度: a participating department reports to the lead (OC-4.2.2). */
  @Component("recordProgress")
  static class Progress implements ExecutionListener {

    private final Projects projects;
    private final IdentityService identityService;
    private final Organisation org;
    private final CompanyClock clock;

    Progress(Projects projects, IdentityService identityService, Organisation org, CompanyClock clock) {
      this.projects = projects;
      this.identityService = identityService;
      this.org = org;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String progress = checks.text(execution.getVariable(PROGRESS), "进展情况", 2000, true);
      String problems = checks.text(execution.getVariable(PROGRESS_PROBLEMS), "存在的问题", 2000, false);
      checks.refuseIfAny();
      List<ProgressReport> reports = projects.reportProgress(projectId(execution),
          (String) execution.getVariable(REPORTING_DEPARTMENT), currentUser(identityService), progress, problems, clock.now());
      execution.setVariable(PROGRESS_VIEW, FormValues.json(reports.stream().map(report -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("department", org.departmentName(report.department()));
        row.put("reporter", org.displayName(report.reporter()));
        row.put("time", clock.format(report.reportedAt()));
        row.put("progress", report.progress());
        row.put("problems", report.problems() == null ? "" : report.problems());
        return row;
      }).toList()));
    }
  }

  /** 申请验收: the lead states the results against the goals (OC-4.2.3). */
  @Component("requestProjectAcceptance")
  static class RequestAcceptance implements ExecutionListener {

    private final Projects projects;
    private final IdentityService identityService;
    private final CompanyClock clock;

    RequestAcceptance(Projects projects, IdentityService identityService, CompanyClock clock) {
      this.projects = projects;
      this.identityService = identityService;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String results = checks.text(execution.getVariable(RESULTS), "项目成果（对照目标和交付成果）", 4000, true);
      checks.refuseIfAny();
      CollaborationProject project = projects.requestAcceptance(projectId(execution), results,
          currentUser(identityService), clock.now());
      execution.setVariable(PROJECT_STATUS, project.statusLabel());
    }
  }

  /** One participating head's acceptance: passed, or the gaps; local to that head's task. */
  @Component("recordAcceptanceReview")
  static class AcceptanceReview implements ExecutionListener {

    private final Projects projects;
    private final IdentityService identityService;
    private final CompanyClock clock;

    AcceptanceReview(Projects projects, IdentityService identityService, CompanyClock clock) {
      this.projects = projects;
      this.identityService = identityService;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      Object acceptance = execution.getVariable(ACCEPTANCE);
      if (!"PASS".equals(acceptance) && !"FAIL".equals(acceptance)) {
        throw new SubmissionRefused("请选择验收结论：通过或不通过。");
      }
      FieldChecks checks = new FieldChecks();
      String gaps = checks.text(execution.getVariable(GAPS), "差距和问题（不通过时必填）", 2000, "FAIL".equals(acceptance));
      checks.refuseIfAny();
      projects.reviewAcceptance(projectId(execution), (String) execution.getVariable(REVIEWING_DEPARTMENT),
          currentUser(identityService), "PASS".equals(acceptance), gaps, clock.now());
    }
  }

  /** 汇总验收意见: all passed, or back to execution with the gaps listed. */
  @Component("concludeAcceptance")
  static class ConcludeAcceptance implements JavaDelegate {

    private final Projects projects;
    private final CompanyClock clock;

    ConcludeAcceptance(Projects projects, CompanyClock clock) {
      this.projects = projects;
      this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
      List<String> gaps = projects.concludeAcceptance(projectId(execution));
      CollaborationProject project = projects.project(projectId(execution));
      execution.setVariable(ACCEPTED_BY_ALL, gaps.isEmpty());
      execution.setVariable(ACCEPTANCE_GAPS, gaps.isEmpty() ? null : String.join("\n", gaps));
      execution.setVariable(PROJECT_STATUS, project.statusLabel());
      execution.setVariable(DECISION_HISTORY, DecisionHistory.of(project.trail(), clock));
    }
  }

  /** 项目总结: lessons learned. */
  @Component("recordProjectSummary")
  static class Summary implements ExecutionListener {

    private final Projects projects;
    private final IdentityService identityService;
    private final CompanyClock clock;

    Summary(Projects projects, IdentityService identityService, CompanyClock clock) {
      this.projects = projects;
      this.identityService = identityService;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String lessons = checks.text(execution.getVariable(LESSONS), "经验教训", 4000, true);
      checks.refuseIfAny();
      CollaborationProject project = projects.close(projectId(execution), lessons, currentUser(identityService), clock.now());
      execution.setVariable(PROJECT_STATUS, project.statusLabel());
    }
  }

  /** 表彰与处罚: the collaboration group's commendations and penalties, into the performance ledger (OC-4.4). */
  @Component("recordIncentives")
  static class Incentives implements ExecutionListener {

    private final Projects projects;
    private final CompanyClock clock;

    Incentives(Projects projects, CompanyClock clock) {
      this.projects = projects;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (cancelled(execution)) {
        return;
      }
      CollaborationProject project = projects.project(projectId(execution));
      projects.award(project.id(), Incentive.listFrom(execution.getVariables(), project.departments()), clock.now());
    }
  }
}

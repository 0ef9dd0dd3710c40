package com.opsflow.collaboration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.RecordNumbers;
import com.opsflow.approval.AcceptanceVerdict;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.TrailEntry;
import com.opsflow.organisation.Organisation;
import com.opsflow.performance.LedgerEntry;
import com.opsflow.performance.PerformanceLedger;

/** A collaboration project's life (OC-4.1, OC-4.2, OC-4.4), step by step. */
@Service
public class Projects {

  private final CollaborationProjects projects;
  private final ProgressReports reports;
  private final PerformanceLedger ledger;
  private final Organisation org;
  private final RecordNumbers numbers;

  Projects(RecordNumbers numbers, CollaborationProjects projects, ProgressReports reports, PerformanceLedger ledger, Organisation org) {
    this.numbers = numbers;
    this.projects = projects;
    this.reports = reports;
    this.ledger = ledger;
    this.org = org;
  }

  @Transactional
  public CollaborationProject apply(Long projectId, String department, String applicant, ProjectApplication application,
      String processInstanceId, Instant now) {
    CollaborationProject project = projectId == null
        ? new CollaborationProject(numberFor(application), department, applicant, processInstanceId, now)
        : project(projectId);
    project.apply(application, org.displayName(applicant), now);
    return projects.save(project);
  }

  /** The applicant withdraws the application before anyone reviewed it (the caller checked that). */
  @Transactional
  public CollaborationProject withdraw(long projectId, String applicant, Instant now) {
    CollaborationProject project = project(projectId);
    project.withdraw(applicant, org.displayName(applicant), now);
    project.moveTo(ProjectStatus.WITHDRAWN);
    return projects.save(project);
  }

  /**
   * The initiating department's head (OC-4.1.1). For a department's own project, which no collaboration group
   * reviews (CC-3.4), the head's approval appoints the lead; {@code lead} is null otherwise.
   */
  @Transactional
  public CollaborationProject decideAsHead(long projectId, String step, String reviewer, ReviewSubmission submission,
      String lead, Instant now) {
    CollaborationProject project = record(projectId, step, reviewer, submission, now);
    switch (submission.decision()) {
      case APPROVE -> {
        if (lead != null) {
          project.appointLead(lead);
          project.record(step, "任命项目负责人：" + org.displayName(lead), reviewer, org.displayName(reviewer), null, now);
        } else {
          project.moveTo(ProjectStatus.IN_REVIEW);
        }
      }
      case RETURN -> project.moveTo(ProjectStatus.RETURNED);
      case REJECT -> project.moveTo(ProjectStatus.REJECTED);
    }
    return projects.save(project);
  }

  /** 管理层's 立项评审 when the route table asks for it (CC-3.4); the lead was appointed before. */
  @Transactional
  public CollaborationProject decideAsManagement(long projectId, String step, String reviewer,
      ReviewSubmission submission, Instant now) {
    CollaborationProject project = record(projectId, step, reviewer, submission, now);
    switch (submission.decision()) {
      case APPROVE -> project.moveTo(ProjectStatus.KICK_OFF);
      case RETURN -> project.moveTo(ProjectStatus.RETURNED);
      case REJECT -> project.moveTo(ProjectStatus.REJECTED);
    }
    return projects.save(project);
  }

  /** 跨部门协作管理小组 (OC-4.1.2): on approval it appoints the project lead. */
  @Transactional
  public CollaborationProject decideAsGroup(long projectId, String step, String reviewer, ReviewSubmission submission,
      String lead, Instant now) {
    CollaborationProject project = record(projectId, step, reviewer, submission, now);
    switch (submission.decision()) {
      case APPROVE -> {
        project.appointLead(lead);
        project.record(step, "任命项目负责人：" + org.displayName(lead), reviewer, org.displayName(reviewer), null, now);
      }
      case RETURN -> project.moveTo(ProjectStatus.RETURNED);
      case REJECT -> project.moveTo(ProjectStatus.REJECTED);
    }
    return projects.save(project);
  }

  @Transactional
  public CollaborationProject kickOff(long projectId, String kickoff, String lead, Instant now) {
    CollaborationProject project = project(projectId);
    project.kickOff(kickoff);
    project.record("项目启动会议", "已召开", lead, org.displayName(lead), null, now);
    return projects.save(project);
  }

  @Transactional
  public CollaborationProject plan(long projectId, List<ProjectPhase> phases, String resourcePlan, String qualityPlan,
      String lead, Instant now) {
    CollaborationProject project = project(projectId);
    project.plan(phases, resourcePlan, qualityPlan);
    project.record("项目计划", project.planRound() == 1 ? "提交" : "修改后重新提交（第 " + project.planRound() + " 轮）",
        lead, org.displayName(lead), null, now);
    return projects.save(project);
  }

  /** One participating head's review of the plan in the current round (OC-4.2.1). */
  @Transactional
  public CollaborationProject reviewPlan(long projectId, String department, String reviewer, ReviewSubmission submission,
      Instant now) {
    CollaborationProject project = project(projectId);
    project.decide(planStep(project) + "·" + org.departmentName(department), submission, reviewer, org.displayName(reviewer),
        now);
    return projects.save(project);
  }

  /**
   * All heads have reviewed: the return comments of this round, empty when every head approved, in which
   * case the plan is filed with the collaboration group and execution begins.
   */
  @Transactional
  public List<String> concludePlanReview(long projectId, Instant now) {
    CollaborationProject project = project(projectId);
    List<String> returns = roundEntries(project, planStep(project) + "·", ReviewDecision.RETURN.label());
    if (returns.isEmpty()) {
      project.moveTo(ProjectStatus.EXECUTING);
      project.record("项目计划", "各参与部门负责人审核通过，报跨部门协作管理小组备案", null, "系统", null, now);
    } else {
      project.moveTo(ProjectStatus.PLANNING);
    }
    projects.save(project);
    return returns;
  }

  @Transactional
  public List<ProgressReport> reportProgress(long projectId, String department, String reporter, String progress,
      String problems, BigDecimal costIncurred, Instant now) {
    reports.save(new ProgressReport(projectId, department, reporter, progress, problems, costIncurred, now));
    return reports.findByProjectIdOrderById(projectId);
  }

  /** What the project has cost so far (万元): the sum of its progress reports' costs (CC-3.4 cost control). */
  @Transactional(readOnly = true)
  public BigDecimal costSoFar(long projectId) {
    return costOf(reports.findByProjectIdOrderById(projectId));
  }

  static BigDecimal costOf(List<ProgressReport> reports) {
    return reports.stream().map(ProgressReport::costIncurred).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Transactional
  public CollaborationProject requestAcceptance(long projectId, String results, String customerSignedBy,
      LocalDate customerSignedOn, String lead, Instant now) {
    CollaborationProject project = project(projectId);
    project.requestAcceptance(results, customerSignedBy, customerSignedOn);
    project.record("项目验收", "申请第 " + project.acceptanceRound() + " 轮验收", lead, org.displayName(lead),
        customerSignedBy == null ? null : "客户" + project.customer() + "由" + customerSignedBy + "于 " + customerSignedOn
            + " 签字确认", now);
    return projects.save(project);
  }

  @Transactional
  public CollaborationProject reviewAcceptance(long projectId, String department, String reviewer, boolean passed,
      String gaps, Instant now) {
    CollaborationProject project = project(projectId);
    project.record(acceptanceStep(project) + "·" + org.departmentName(department), (passed ? AcceptanceVerdict.PASS : AcceptanceVerdict.FAIL).label(), reviewer,
        org.displayName(reviewer), gaps, now);
    return projects.save(project);
  }

  /** The gaps the heads listed in this acceptance round; empty when all passed (OC-4.2.3). */
  @Transactional
  public List<String> concludeAcceptance(long projectId) {
    CollaborationProject project = project(projectId);
    List<String> gaps = roundEntries(project, acceptanceStep(project) + "·", AcceptanceVerdict.FAIL.label());
    project.moveTo(gaps.isEmpty() ? ProjectStatus.SUMMARISING : ProjectStatus.EXECUTING);
    projects.save(project);
    return gaps;
  }

  @Transactional
  public CollaborationProject close(long projectId, String acceptanceReport, String lessons, String lead, Instant now) {
    CollaborationProject project = project(projectId);
    project.close(acceptanceReport, lessons, now);
    project.record("验收报告与项目总结", "完成", lead, org.displayName(lead), null, now);
    return projects.save(project);
  }

  /** 后评价 (CC-3.4): what the project achieved, a configured time after it closed. */
  @Transactional
  public CollaborationProject evaluate(long projectId, String evaluation, String evaluator, Instant now) {
    CollaborationProject project = project(projectId);
    project.evaluate(evaluation, now);
    project.record("项目后评价", "完成", evaluator, org.displayName(evaluator), null, now);
    return projects.save(project);
  }

  /** The collaboration group's commendations and penalties go to the performance ledger (OC-4.4). */
  @Transactional
  public void award(long projectId, List<Incentive> incentives, Instant now) {
    CollaborationProject project = project(projectId);
    for (Incentive incentive : incentives) {
      String reason = (incentive.points() > 0 ? "协作项目表彰：" : "协作项目处罚：") + incentive.reason() + "（" + project.number() + "）";
      ledger.save(LedgerEntry.forProject(incentive.department(), incentive.person(), incentive.points(), reason,
          projectId, project.number(), now));
    }
  }

  private static String planStep(CollaborationProject project) {
    return "计划审核第" + project.planRound() + "轮";
  }

  private static String acceptanceStep(CollaborationProject project) {
    return "验收第" + project.acceptanceRound() + "轮";
  }

  private static List<String> roundEntries(CollaborationProject project, String stepPrefix, String action) {
    return project.trail().stream()
        .filter(entry -> entry.step().startsWith(stepPrefix) && action.equals(entry.action()))
        .map((TrailEntry entry) -> entry.step().substring(stepPrefix.length()) + "：" + entry.comment())
        .toList();
  }

  private CollaborationProject record(long projectId, String step, String reviewer, ReviewSubmission submission, Instant now) {
    CollaborationProject project = project(projectId);
    project.decide(step, submission, reviewer, org.displayName(reviewer), now);
    return project;
  }

  CollaborationProject project(long projectId) {
    return projects.findById(projectId).orElseThrow(() -> new IllegalStateException("project " + projectId + " vanished"));
  }

  /** e.g. PRJ-2027-002, the second project starting in 2027. */
  private String numberFor(ProjectApplication application) {
    String prefix = "PRJ-" + application.startDate().getYear() + "-";
    return prefix + String.format("%03d", numbers.next(prefix, () -> projects.countByNumberStartingWith(prefix)));
  }
}

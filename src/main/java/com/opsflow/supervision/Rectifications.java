package com.opsflow.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.performance.PerformanceEvent;
import com.opsflow.performance.PerformancePoints;

/** Rectifying one finding round by round (SV-3.4) and what it earns in the ledger when it closes (SV-5). */
@Service
public class Rectifications {

  private final AuditFindings findings;
  private final RectificationRounds rounds;
  private final SupervisionAudits audits;
  private final PerformancePoints points;

  Rectifications(AuditFindings findings, RectificationRounds rounds, SupervisionAudits audits, PerformancePoints points) {
    this.findings = findings;
    this.rounds = rounds;
    this.audits = audits;
    this.points = points;
  }

  @Transactional
  public AuditFinding open(long findingId, String processInstanceId) {
    AuditFinding finding = finding(findingId);
    finding.tracedBy(processInstanceId);
    if (finding.auditId() != null) {
      SupervisionAudit audit = audits.findById(finding.auditId()).orElseThrow();
      audit.moveTo(AuditStatus.RECTIFYING);
      audits.save(audit);
    }
    return findings.save(finding);
  }

  /**
   * A customer complaint's case analysis asks the responsible department to rectify (CC-3.2.3): the finding is
   * tracked by finding-rectification.bpmn like an audit's, and accepted by the case's owner in 客服部.
   *
   * @param severity 一般, 严重 or 重大 as the case has it, to the audit's three levels
   * @return the finding to start the rectification with
   */
  @Transactional
  public AuditFinding fromCustomerCase(String caseNumber, String requirement, String severity, String department,
      String responsiblePerson) {
    Severity level = switch (severity == null ? "" : severity) {
      case "MAJOR" -> Severity.CRITICAL;
      case "SERIOUS" -> Severity.MAJOR;
      default -> Severity.MINOR;
    };
    return findings.save(AuditFinding.fromCustomerCase(caseNumber, requirement, level, department, responsiblePerson));
  }

  @Transactional
  public RectificationRound plan(long findingId, RectificationPlan plan, String submittedBy, Instant now) {
    AuditFinding finding = finding(findingId);
    finding.plannedUntil(plan.deadline());
    findings.save(finding);
    return rounds.save(new RectificationRound(findingId, finding.rounds(), plan, submittedBy, now));
  }

  @Transactional
  public void remind(long findingId, Instant now) {
    currentRound(findingId).reminded(now);
  }

  @Transactional
  public void reportCompletion(long findingId, String report) {
    currentRound(findingId).reportCompletion(report);
  }

  @Transactional
  public void markOverdue(long findingId) {
    finding(findingId).markOverdue();
  }

  @Transactional
  public void extend(long findingId, LocalDate newDeadline) {
    AuditFinding finding = finding(findingId);
    finding.plannedUntil(newDeadline);
    rounds.findByFindingIdAndNumber(findingId, finding.rounds()).ifPresent(round -> round.extendTo(newDeadline));
  }

  /** @return the finding after the acceptance; a failed one is in its next round */
  @Transactional
  public AuditFinding accept(long findingId, boolean passed, String comment, String supervisor, Instant now) {
    currentRound(findingId).decide(passed, comment, supervisor, now);
    AuditFinding finding = finding(findingId);
    if (!passed) {
      finding.failedRound();
    }
    return findings.save(finding);
  }

  /** How a finding closed as failed says that this departs from the rule (SV-3.4: until it meets the standard). */
  static final String DEPARTURE = "偏离 SV-3.4（整改至合格）：管理层决定按整改失败关闭。理由：";

  /**
   * Closes the finding and writes its points: first-round pass, each failed round, overdue, closed as failed. A
   * finding closed as failed keeps 管理层's reason, marked as the departure from SV-3.4 it is.
   */
  @Transactional
  public AuditFinding close(long findingId, FindingStatus outcome, String managementReason, Instant now) {
    AuditFinding finding = finding(findingId);
    finding.close(outcome, outcome == FindingStatus.FAILED ? DEPARTURE + (managementReason == null ? "" : managementReason.strip())
        : null, now);
    String what = finding.sourceNumber() + " 第 " + finding.number() + " 项问题";
    long failedRounds = rounds.findByFindingIdOrderByNumber(findingId).stream()
        .filter(round -> Boolean.FALSE.equals(round.accepted())).count();
    if (outcome == FindingStatus.PASSED && failedRounds == 0 && !finding.overdue()) {
      award(PerformanceEvent.FIRST_ROUND_PASS, finding, what, now);
    }
    for (long i = 0; i < failedRounds; i++) {
      award(PerformanceEvent.FAILED_ROUND, finding, what, now);
    }
    if (finding.overdue()) {
      award(PerformanceEvent.OVERDUE, finding, what, now);
    }
    if (outcome == FindingStatus.FAILED) {
      award(PerformanceEvent.CLOSED_FAILED, finding, what, now);
    }
    return findings.save(finding);
  }

  private void award(PerformanceEvent event, AuditFinding finding, String what, Instant now) {
    points.award(event, finding.responsibleDepartment(), finding.responsiblePerson(), what, finding.auditId(),
        finding.sourceNumber(), finding.id(), now);
  }

  private RectificationRound currentRound(long findingId) {
    AuditFinding finding = finding(findingId);
    return rounds.findByFindingIdAndNumber(findingId, finding.rounds())
        .orElseThrow(() -> new IllegalStateException("finding " + findingId + " has no plan in round " + finding.rounds()));
  }

  AuditFinding finding(long findingId) {
    return findings.findById(findingId).orElseThrow(() -> new IllegalStateException("finding " + findingId + " vanished"));
  }
}

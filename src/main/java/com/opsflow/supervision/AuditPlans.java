package com.opsflow.supervision;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.RecordNumbers;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.organisation.Organisation;

/** Planning an audit (SV-3.1), management's decisions on the plan and the report (SV-3.3), and closing it (SV-3.5). */
@Service
public class AuditPlans {

  private final SupervisionAudits audits;
  private final Organisation org;
  private final RecordNumbers numbers;

  AuditPlans(RecordNumbers numbers, SupervisionAudits audits, Organisation org) {
    this.numbers = numbers;
    this.audits = audits;
    this.org = org;
  }

  @Transactional
  public SupervisionAudit submit(Long auditId, String planner, SupervisionPlan plan, String processInstanceId, Instant now) {
    SupervisionAudit audit = auditId == null
        ? new SupervisionAudit(numberFor(plan), planner, processInstanceId, now)
        : audit(auditId);
    audit.plan(plan, org.displayName(planner), now);
    return audits.save(audit);
  }

  /** An audit planned and approved in a supervision programme (SV-2.1.1) is scheduled without an approval of its own. */
  @Transactional
  public SupervisionAudit approvedIn(long auditId, String programmeNumber, Instant now) {
    SupervisionAudit audit = audit(auditId);
    audit.approvedIn(programmeNumber, now);
    return audits.save(audit);
  }

  @Transactional
  public SupervisionAudit decideOnPlan(long auditId, String step, String reviewer, ReviewSubmission submission, Instant now) {
    SupervisionAudit audit = record(auditId, step, reviewer, submission, now);
    audit.moveTo(switch (submission.decision()) {
      case APPROVE -> AuditStatus.SCHEDULED;
      case RETURN -> AuditStatus.PLAN_RETURNED;
      case REJECT -> AuditStatus.PLAN_REJECTED;
    });
    return audits.save(audit);
  }

  @Transactional
  public SupervisionAudit decideOnReport(long auditId, String step, String reviewer, ReviewSubmission submission, Instant now) {
    return audits.save(record(auditId, step, reviewer, submission, now));
  }

  @Transactional
  public SupervisionAudit moveTo(long auditId, AuditStatus status) {
    SupervisionAudit audit = audit(auditId);
    audit.moveTo(status);
    return audits.save(audit);
  }

  @Transactional
  public SupervisionAudit close(long auditId, String summary, List<String> trainingNeeds, String supervisor, Instant now) {
    SupervisionAudit audit = audit(auditId);
    audit.close(summary, trainingNeeds, now);
    audit.record("总结评估", "完成", supervisor, org.displayName(supervisor), null, now);
    return audits.save(audit);
  }

  private SupervisionAudit record(long auditId, String step, String reviewer, ReviewSubmission submission, Instant now) {
    SupervisionAudit audit = audit(auditId);
    audit.decide(step, submission, reviewer, org.displayName(reviewer), now);
    return audit;
  }

  SupervisionAudit audit(long auditId) {
    return audits.findById(auditId).orElseThrow(() -> new IllegalStateException("audit " + auditId + " vanished"));
  }

  /** e.g. AUD-2027-003, the third audit planned for 2027. */
  private String numberFor(SupervisionPlan plan) {
    String prefix = "AUD-" + plan.onSiteDate().getYear() + "-";
    return prefix + String.format("%03d", numbers.next(prefix, () -> audits.countByNumberStartingWith(prefix)));
  }
}

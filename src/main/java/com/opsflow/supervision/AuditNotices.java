package com.opsflow.supervision;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;

/**
 * When a planned audit's department is told (SV-2.1.1): {@code opsflow.supervision.notice-lead-time} before the
 * audit's hour on its day, or at once when the programme was approved later than that; and until when it may answer.
 * Exposed to the diagram as {@code ${auditNotices.noticeAt(execution)}} and {@code ${auditNotices.answerBy(execution)}}.
 */
@Component("auditNotices")
public class AuditNotices {

  private final PlannedAuditSteps steps;
  private final SupervisionRules rules;
  private final CompanyClock clock;

  AuditNotices(PlannedAuditSteps steps, SupervisionRules rules, CompanyClock clock) {
    this.steps = steps;
    this.rules = rules;
    this.clock = clock;
  }

  public Date noticeAt(DelegateExecution execution) {
    return notBefore(auditHour(execution).minus(rules.getNoticeLeadTime()));
  }

  /** A department that has not answered by the day before the audit is audited on the planned day. */
  public Date answerBy(DelegateExecution execution) {
    return notBefore(auditHour(execution).minus(Duration.ofDays(1)));
  }

  private Instant auditHour(DelegateExecution execution) {
    PlannedAudit audit = steps.programme(execution).audit(steps.number(execution));
    return audit.plannedDate().atTime(rules.getOnSiteHour(), 0).atZone(clock.zone()).toInstant();
  }

  private Date notBefore(Instant at) {
    return Date.from(at.isBefore(clock.now()) ? clock.now() : at);
  }
}

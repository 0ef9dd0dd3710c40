package com.opsflow.performance;

import java.time.Instant;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes points to the ledger. How many points an event is worth for the department and for the
 * responsible person is the process owners' rule table (performance-points.dmn), not Java.
 */
@Service
public class PerformancePoints {

  static final String RULES = "performance-points";

  private final DecisionService decisions;
  private final PerformanceLedger ledger;

  PerformancePoints(DecisionService decisions, PerformanceLedger ledger) {
    this.decisions = decisions;
    this.ledger = ledger;
  }

  /** A customer case cost or earned its responsible department points (TC-6.2); the person is not scored here. */
  @Transactional
  public void awardForCase(PerformanceEvent event, String department, String what, String caseNumber, Instant now) {
    DmnDecisionResultEntries rule = decisions.evaluateDecisionByKey(RULES).variables(
        Variables.createVariables().putValue("event", event.name())).evaluate().getSingleResult();
    int departmentPoints = ((Number) rule.getEntry("departmentPoints")).intValue();
    if (departmentPoints != 0) {
      ledger.save(LedgerEntry.forCase(department, departmentPoints, rule.getEntry("reason") + "：" + what, caseNumber, now));
    }
  }

  /** A finding of an audit earned or lost points: one entry for the department, one for the person. */
  @Transactional
  public void award(PerformanceEvent event, String department, String person, String what, Long auditId,
      String auditNumber, long findingId, Instant now) {
    DmnDecisionResultEntries rule = decisions.evaluateDecisionByKey(RULES).variables(
        Variables.createVariables().putValue("event", event.name())).evaluate().getSingleResult();
    String reason = rule.getEntry("reason") + "：" + what;
    int departmentPoints = ((Number) rule.getEntry("departmentPoints")).intValue();
    int personPoints = ((Number) rule.getEntry("personPoints")).intValue();
    if (departmentPoints != 0) {
      ledger.save(new LedgerEntry(department, null, departmentPoints, reason, auditId, auditNumber, findingId, now));
    }
    if (personPoints != 0 && person != null) {
      ledger.save(new LedgerEntry(department, person, personPoints, reason, auditId, auditNumber, findingId, now));
    }
  }
}

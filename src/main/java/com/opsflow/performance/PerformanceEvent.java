package com.opsflow.performance;

/** What earns or costs points (SV-5, OC-4.4); how many is decided by processes/performance-points.dmn. */
public enum PerformanceEvent {
  FIRST_ROUND_PASS,
  FAILED_ROUND,
  OVERDUE,
  CLOSED_FAILED,
  /** A responsible department handled a complaint after its time limit (CC-3.2.3, TC-6.2). */
  COMPLAINT_HANDLED_LATE,
  /** The case analysis found the complaint to be the responsible department's fault (TC-6.2). */
  COMPLAINT_AT_FAULT
}

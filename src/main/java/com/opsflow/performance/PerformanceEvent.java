package com.opsflow.performance;

/** What earns or costs points (SV-5, OC-4.4); how many is decided by processes/performance-points.dmn. */
public enum PerformanceEvent {
  FIRST_ROUND_PASS,
  FAILED_ROUND,
  OVERDUE,
  CLOSED_FAILED
}

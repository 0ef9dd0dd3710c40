package com.opsflow.support;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/** Puts the shared test engine back to "nothing running, no plans, a fixed day" between tests. */
public final class CleanSlate {

  /** Saturday 21 November 2026, 10:00 in Shanghai: plans may be drafted for 2026 and 2027. */
  public static final Instant TODAY = Instant.parse("2026-11-21T02:00:00Z");

  private CleanSlate() {
  }

  public static void reset(ProcessEngine engine, JdbcTemplate jdbc) {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.setCurrentTime(Date.from(TODAY));
    var runtime = engine.getRuntimeService();
    var running = runtime.createProcessInstanceQuery().rootProcessInstances().list().stream().map(pi -> pi.getId()).toList();
    if (!running.isEmpty()) {
      runtime.deleteProcessInstancesIfExists(running, "test clean-up", true, true, false);
    }
    for (String table : new String[] {"record_number_counter", "data_submission", "data_report_trail", "data_report", "risk_warning_trail", "risk_warning_reading", "risk_warning", "indicator_value", "risk_response_trail", "risk_response", "risk_assessment", "risk", "risk_report_trail", "risk_report_item", "risk_report", "supervision_programme_trail", "supervision_programme_audit", "supervision_programme", "company_plan_trail", "company_plan_department", "company_plan", "meeting_resolution_trail", "meeting_resolution", "minutes_confirmation", "meeting_minutes_decision",
        "meeting_minutes", "meeting_trail", "meeting_attendee", "meeting_agenda_item", "meeting", "rectification_progress", "added_signer", "attachment_content", "attachment", "review_phrase", "customer_case_trail", "customer_case", "notification", "carbon_copy", "manual_reminder", "performance_ledger", "coordination_issue", "project_progress_report",
        "collaboration_project_trail", "collaboration_project_phase", "collaboration_project_department",
        "collaboration_project", "rectification_round", "audit_finding",
        "supervision_audit_trail", "supervision_audit_training", "supervision_audit_supervisor", "supervision_audit_focus",
        "supervision_audit_department", "supervision_audit", "plan_adjustment_trail", "plan_adjustment_department", "plan_adjustment_change",
        "plan_adjustment_item", "plan_adjustment"}) {
      jdbc.update("delete from " + table);
    }
    jdbc.update("delete from operation_plan_trail");
    jdbc.update("delete from operation_plan_item");
    jdbc.update("delete from operation_plan");
  }
}

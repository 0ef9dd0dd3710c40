package com.opsflow.operations;

import java.util.List;
import java.util.Map;

/**
 * 运营看板: one year, all departments or one, as 管理层 reads it. Plans are the year's plans; the work (step
 * times, rectification, points, projects) is what was done in {@code activityPeriod}, e.g. "2027 年" or, for a
 * year being planned, "2026-10-01 起".
 */
public record Dashboard(int year, String department, String activityPeriod, List<DepartmentFigures> departments, List<StepTime> stepTimes,
    Rectification rectification, Map<String, Long> projectsByPhase, CustomerCases customerCases, List<ResolutionDepartment> resolutions, Risks risks, long millis) {

  /** What one department has in the period. */
  public record DepartmentFigures(String department, String name, Map<String, Long> plansByStatus, long openTasks,
      long overdueTasks, long auditsWithOpenFindings, int ledgerPoints) {
  }

  /** How long a review step took (created → completed), for the steps completed in the period. */
  public record StepTime(String process, String step, long completed, double averageHours, double p95Hours) {
  }

  /**
   * Customer feedback recorded in the period (CC-3.2): by category and status, complaints answered in time per
   * responsible department, the customers' satisfaction, and how many complaints had to be handled again.
   */
  public record CustomerCases(Map<String, Long> byCategory, Map<String, Long> byStatus, List<CaseDepartment> departments,
      Map<String, Long> satisfaction, long complaintsRated, long complaintsReopened, Double reopenRate) {
  }

  /** A responsible department's complaints handled in the period, and how many within their time. */
  public record CaseDepartment(String name, long handled, long onTime, Double onTimeRate) {
  }

  /**
   * Meeting resolutions (决议执行, OM-8.4) of a 责任人's department: completed in the period and how many by their date,
   * and those open now and overdue now.
   */
  public record ResolutionDepartment(String name, long completed, long onTime, Double onTimeRate, long open, long overdue) {
  }

  /**
   * Risks and warnings as they stand now (OM-5): the register's open risks by level, highest first, and each department's
   * open warnings, of which 报警.
   */
  public record Risks(Map<String, Long> openRisksByLevel, List<WarningDepartment> openWarnings) {
  }

  /** A department's open warnings (OM-5.3) and how many of them are 报警. */
  public record WarningDepartment(String name, long open, long alarms) {
  }

  /** Rectification of audit findings: how many passed acceptance in the first round. */
  public record Rectification(long firstRoundsDecided, long firstRoundsPassed, Double firstRoundPassRate,
      long openFindings) {
  }
}

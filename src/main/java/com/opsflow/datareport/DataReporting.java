package com.opsflow.datareport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.ReviewedRecords;
import com.opsflow.organisation.Organisation;
import com.opsflow.risk.warning.Indicator;
import com.opsflow.risk.warning.IndicatorCatalogue;
import com.opsflow.risk.warning.IndicatorValue;
import com.opsflow.risk.warning.IndicatorValues;

/** A month's data round (OC-2.3, OM-7): the departments' submissions and the 数据分析报告 written from them. */
@Service
public class DataReporting implements ReviewedRecords {

  private final DataReports reports;
  private final DataSubmissions submissions;
  private final IndicatorCatalogue catalogue;
  private final IndicatorValues values;
  private final Organisation org;

  DataReporting(DataReports reports, DataSubmissions submissions, IndicatorCatalogue catalogue, IndicatorValues values,
      Organisation org) {
    this.reports = reports;
    this.submissions = submissions;
    this.catalogue = catalogue;
    this.values = values;
    this.org = org;
  }

  /** The departments asked to submit: those with indicators in risk-indicators.dmn. */
  public List<String> departments() {
    return catalogue.all().stream().map(Indicator::department).distinct().toList();
  }

  @Transactional
  public DataReport open(String period, String processInstanceId, Instant now) {
    if (reports.existsByPeriod(period)) {
      throw new IllegalStateException("the data round of " + period + " is open already");
    }
    DataReport report = reports.saveAndFlush(new DataReport(period, processInstanceId, now));
    departments().forEach(department -> submissions.save(new DataSubmission(report.id(), department)));
    return report;
  }

  @Transactional
  public DataSubmission submitted(long reportId, String department, String notes, String by, Instant now) {
    DataSubmission submission = submission(reportId, department);
    submission.submit(notes, by, now);
    return submissions.save(submission);
  }

  @Transactional
  public DataSubmission chased(long reportId, String department) {
    DataSubmission submission = submission(reportId, department);
    submission.chase();
    return submissions.save(submission);
  }

  @Transactional
  public DataReport collected(long reportId) {
    DataReport report = report(reportId);
    report.collected();
    return reports.save(report);
  }

  @Transactional
  public DataReport write(long reportId, String purpose, String method, String results, String recommendations,
      String author, Instant now) {
    DataReport report = report(reportId);
    report.write(purpose, method, results, recommendations, author, org.displayName(author), now);
    return reports.save(report);
  }

  @Override
  @Transactional
  public DataReport recordDecision(long reportId, String step, String reviewer, ReviewSubmission submission,
      Instant now) {
    DataReport report = report(reportId);
    report.decide(step, submission, reviewer, org.displayName(reviewer), now);
    return reports.save(report);
  }

  @Transactional
  public DataReport publish(long reportId, Instant now) {
    DataReport report = report(reportId);
    report.publish(now);
    return reports.save(report);
  }

  /** The indicators' values of the month beside the month before, department by department, in the table's order. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> figures(String period) {
    String previous = YearMonth.parse(period).minusMonths(1).toString();
    Map<String, BigDecimal> byKey = new HashMap<>();
    for (IndicatorValue value : values.findByPeriodIn(List.of(period, previous))) {
      byKey.put(value.indicatorCode() + "|" + value.period(), value.reading());
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Indicator indicator : catalogue.all()) {
      BigDecimal now = byKey.get(indicator.code() + "|" + period);
      BigDecimal before = byKey.get(indicator.code() + "|" + previous);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("department", org.departmentName(indicator.department()));
      row.put("indicator", indicator.name() + "（" + indicator.unit() + "）");
      row.put("value", now == null ? "未报送" : plain(now));
      row.put("previous", before == null ? "—" : plain(before));
      row.put("change", now == null || before == null || before.signum() == 0 ? "—"
          : (now.compareTo(before) >= 0 ? "+" : "") + now.subtract(before).multiply(BigDecimal.valueOf(100))
              .divide(before.abs(), 1, RoundingMode.HALF_UP).toPlainString() + "%");
      row.put("level", now == null ? "" : indicator.levelOf(now).map(level -> level.label()).orElse("正常"));
      rows.add(row);
    }
    return rows;
  }

  /** The departments' notes with their submissions, and who is still late. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> notes(long reportId) {
    return submissions.findByReportIdOrderById(reportId).stream().map(submission -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("department", org.departmentName(submission.department()));
      row.put("submittedBy", submission.submittedBy() == null ? "未报送" : org.displayName(submission.submittedBy()));
      row.put("chased", submission.chased() == 0 ? "" : "催报 " + submission.chased() + " 次");
      row.put("notes", submission.notes() == null ? "" : submission.notes());
      return row;
    }).toList();
  }

  public DataReport report(long reportId) {
    return reports.findById(reportId).orElseThrow(() -> new IllegalStateException("data report " + reportId + " vanished"));
  }

  DataSubmission submission(long reportId, String department) {
    return submissions.findByReportIdAndDepartment(reportId, department).orElseThrow(
        () -> new IllegalStateException("no submission of " + department + " for report " + reportId));
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}

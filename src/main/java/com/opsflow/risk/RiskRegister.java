package com.opsflow.risk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.RecordNumbers;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.ReviewedRecords;
import com.opsflow.organisation.Organisation;

/** The company's risk register (OM-5.1): the departments' reports of a round, reviewed, and registered into it. */
@Service
public class RiskRegister implements ReviewedRecords {

  private final RiskReports reports;
  private final Risks risks;
  private final Organisation org;
  private final RecordNumbers numbers;

  RiskRegister(RecordNumbers numbers, RiskReports reports, Risks risks, Organisation org) {
    this.numbers = numbers;
    this.reports = reports;
    this.risks = risks;
    this.org = org;
  }

  /** The department's risks in the register that it still carries, to reassess. */
  @Transactional(readOnly = true)
  public List<Risk> openRisksOf(String department) {
    return risks.findByDepartmentAndStatusOrderById(department, "OPEN");
  }

  Set<Long> openRiskIdsOf(String department) {
    return openRisksOf(department).stream().map(Risk::id).collect(Collectors.toSet());
  }

  /** The department's report of the round, first or after a return. */
  @Transactional
  public RiskReport identify(Long reportId, String department, String round, String reporter, List<RiskItem> items,
      String processInstanceId, Instant now) {
    RiskReport report = reportId == null
        ? new RiskReport(numberFor(department, round), department, round, processInstanceId, now)
        : report(reportId);
    report.identify(items, reporter, org.displayName(reporter), now);
    return reports.save(report);
  }

  @Override
  @Transactional
  public RiskReport recordDecision(long reportId, String step, String reviewer, ReviewSubmission submission, Instant now) {
    RiskReport report = report(reportId);
    report.decide(step, submission, reviewer, org.displayName(reviewer), now);
    return reports.save(report);
  }

  /**
   * 运营部 approved: each reported risk enters the register or, when it is one already, is reassessed there — never a
   * second entry for the same risk.
   */
  @Transactional
  public List<Risk> register(long reportId, Instant now) {
    RiskReport report = report(reportId);
    List<Risk> registered = new ArrayList<>();
    for (RiskItem item : report.items()) {
      Risk risk = item.riskId() == null
          ? new Risk(nextNumber(now), report.department(), item, now)
          : risks.findById(item.riskId()).orElseThrow(() -> new IllegalStateException("risk " + item.riskId() + " vanished"));
      risk.assess(item, report.round(), report.number(), now);
      registered.add(risks.saveAndFlush(risk));
    }
    report.registered("系统", now);
    reports.save(report);
    return registered;
  }

  /** 管理层 took note of the round's 重大 risks. */
  @Transactional
  public void acknowledge(List<Long> riskIds, String manager) {
    risks.findAllById(riskIds).forEach(risk -> risk.acknowledge(manager));
  }

  RiskReport report(long reportId) {
    return reports.findById(reportId).orElseThrow(() -> new IllegalStateException("risk report " + reportId + " vanished"));
  }

  /** e.g. FXPG-2026Q4-MKT; a round's second report of the same department (after the first was lost) gets -2. */
  private String numberFor(String department, String round) {
    String base = "FXPG-" + round + "-" + department.toUpperCase();
    long taken = reports.countByNumberStartingWith(base);
    return taken == 0 ? base : base + "-" + (taken + 1);
  }

  /** e.g. FX-2026-007, the seventh risk entered in 2026. */
  private String nextNumber(Instant now) {
    String prefix = "FX-" + now.toString().substring(0, 4) + "-";
    return prefix + String.format("%03d", numbers.next(prefix, () -> risks.countByNumberStartingWith(prefix)));
  }
}

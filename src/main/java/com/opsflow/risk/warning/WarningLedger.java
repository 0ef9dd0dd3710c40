package com.opsflow.risk.warning;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Organisation;

/**
 * The warnings as the caller may read them (OM-5.3: 运营部 reviews warnings periodically): open ones first, 报警
 * before 预警. Each department reads its own; 运营部, 管理层, 运营督导 and 数据分析部 all.
 */
@Service
public class WarningLedger {

  private final RiskWarnings warnings;
  private final WarningReaders readers;
  private final Organisation org;
  private final CompanyClock clock;

  WarningLedger(RiskWarnings warnings, WarningReaders readers, Organisation org, CompanyClock clock) {
    this.warnings = warnings;
    this.readers = readers;
    this.org = org;
    this.clock = clock;
  }

  /** A warning as the lists show it. */
  public record Row(String number, String kind, String department, String level, String status, String subject,
      String latestValue, int values, String raisedAt, String closedAt) {
  }

  /**
   * @param status open, closed, or null for both
   * @param department a department id, or null for every department the caller reads
   */
  @Transactional(readOnly = true)
  public List<Row> list(String status, String department) {
    if (status != null && !status.isBlank() && !status.equals("open") && !status.equals("closed")) {
      throw Refusal.badRequest("状态应为 open（未关闭）或 closed（已关闭）。");
    }
    List<String> groups = readers.groups();
    List<RiskWarning> found = readers.everyDepartment(groups) ? warnings.findAll() : warnings.findByDepartmentIn(groups);
    return found.stream()
        .filter(warning -> department == null || department.isBlank() || warning.department().equals(department))
        .filter(warning -> status == null || status.isBlank() || warning.status().open() == status.equals("open"))
        .sorted(Comparator.<RiskWarning, Boolean>comparing(warning -> !warning.status().open())
            .thenComparing(warning -> warning.level() != WarningLevel.ALARM)
            .thenComparing(RiskWarning::number, Comparator.reverseOrder()))
        .map(warning -> {
          var readings = warning.readings();
          return new Row(warning.number(), warning.kind().label(), org.departmentName(warning.department()),
              warning.level().label(), warning.status().label(), warning.subject(),
              readings.isEmpty() ? null : readings.get(readings.size() - 1).period() + "："
                  + IndicatorController.plain(readings.get(readings.size() - 1).reading()),
              readings.size(), clock.format(warning.raisedAt()),
              warning.closedAt() == null ? null : clock.format(warning.closedAt()));
        }).toList();
  }
}

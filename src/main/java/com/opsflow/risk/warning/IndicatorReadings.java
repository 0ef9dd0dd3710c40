package com.opsflow.risk.warning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Organisation;

/**
 * Indicators' values as they arrive (OM-5.3, CC-3.3.4), from another system or a department's submission: checked
 * all at once — one bad value and nothing is saved — then kept once per indicator and month (a repeated post changes
 * nothing, a different value revises it), and each new or changed value past a threshold goes to {@link Warnings}.
 */
@Service
public class IndicatorReadings {

  /** More than this in one call is refused: a month of every indicator is a few dozen. */
  public static final int MAX_VALUES = 1000;
  static final Set<String> FIELDS = Set.of("indicator", "period", "value");
  private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
  private static final BigDecimal LIMIT = new BigDecimal("100000000000000");
  private static final int PROBLEMS_SHOWN = 20;

  private final IndicatorCatalogue catalogue;
  private final IndicatorValues values;
  private final Warnings warnings;
  private final Organisation org;
  private final CompanyClock clock;

  IndicatorReadings(IndicatorCatalogue catalogue, IndicatorValues values, Warnings warnings, Organisation org,
      CompanyClock clock) {
    this.catalogue = catalogue;
    this.values = values;
    this.warnings = warnings;
    this.org = org;
    this.clock = clock;
  }

  /** One checked value. */
  public record Reading(Indicator indicator, String period, BigDecimal value) {
  }

  /** What a post did: values new, revised and unchanged, and the warnings raised or updated. */
  public record Outcome(int received, int recorded, int revised, int unchanged, List<String> warnings) {
  }

  /**
   * @param rows each with indicator, period (e.g. 2026-11) and value (a number)
   * @param mayPost which indicators the caller may give values of (another system: all; a department: its own)
   */
  @Transactional
  public Outcome record(List<Map<String, Object>> rows, Predicate<Indicator> mayPost, String recordedBy, String source) {
    return record(check(rows, mayPost), recordedBy, source);
  }

  /** Refused in Chinese with every problem (the first twenty named) when any value is wrong. */
  public List<Reading> check(List<Map<String, Object>> rows, Predicate<Indicator> mayPost) {
    if (rows == null || rows.isEmpty()) {
      throw Refusal.badRequest("请提交至少一个指标数值。");
    }
    if (rows.size() > MAX_VALUES) {
      throw Refusal.badRequest("一次最多提交 " + MAX_VALUES + " 个指标数值，本次 " + rows.size() + " 个，请分批提交。");
    }
    Map<String, Indicator> known = new HashMap<>();
    catalogue.all().forEach(indicator -> known.put(indicator.code(), indicator));
    YearMonth thisMonth = YearMonth.from(clock.today());
    List<String> problems = new ArrayList<>();
    Map<String, Reading> readings = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String where = "第 " + (i + 1) + " 个数值：";
      Map<String, Object> row = rows.get(i);
      if (row == null) {
        problems.add(where + "为空。");
        continue;
      }
      List<String> unknown = row.keySet().stream().filter(key -> !FIELDS.contains(key)).sorted().toList();
      if (!unknown.isEmpty()) {
        problems.add(where + "不认识的字段 " + String.join("、", unknown) + "（可用字段：indicator、period、value）。");
      }
      Indicator indicator = known.get(String.valueOf(row.get("indicator")));
      if (row.get("indicator") == null) {
        problems.add(where + "缺少指标编号 indicator。");
      } else if (indicator == null) {
        problems.add(where + "指标“" + row.get("indicator") + "”不存在。");
      } else if (!mayPost.test(indicator)) {
        problems.add(where + "指标“" + indicator.name() + "”属于" + org.departmentName(indicator.department())
            + "，您不能提交。");
      }
      String period = row.get("period") instanceof String text ? text : null;
      if (period == null || !PERIOD.matcher(period).matches()) {
        problems.add(where + "期间应为年月，如 " + thisMonth + "。");
        period = null;
      } else if (YearMonth.parse(period).isAfter(thisMonth)) {
        problems.add(where + "期间 " + period + " 尚未到来。");
        period = null;
      }
      BigDecimal value = null;
      if (!(row.get("value") instanceof Number number)) {
        problems.add(where + "数值应为数字" + (row.get("value") == null ? "" : "，而不是“" + row.get("value") + "”") + "。");
      } else {
        value = new BigDecimal(number.toString());
        if (value.abs().compareTo(LIMIT) >= 0 || value.stripTrailingZeros().scale() > 4) {
          problems.add(where + "数值 " + number + " 超出范围（小于一百万亿，最多四位小数）。");
          value = null;
        }
      }
      if (indicator != null && period != null && value != null) {
        Reading reading = new Reading(indicator, period, value.stripTrailingZeros());
        Reading earlier = readings.put(indicator.code() + "|" + period, reading);
        if (earlier != null && earlier.value().compareTo(reading.value()) != 0) {
          problems.add(where + "指标“" + indicator.name() + "” " + period + " 在本次提交中出现两个不同的数值。");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw Refusal.badRequest("提交的指标数值有 " + problems.size() + " 处问题，未保存任何数值：" + String.join(" ",
          problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size())))
          + (problems.size() > PROBLEMS_SHOWN ? " ……" : ""));
    }
    return List.copyOf(readings.values());
  }

  @Transactional
  public Outcome record(List<Reading> readings, String recordedBy, String source) {
    Set<String> periods = new LinkedHashSet<>(readings.stream().map(Reading::period).toList());
    Map<String, IndicatorValue> existing = new HashMap<>();
    values.findByPeriodIn(periods).forEach(value -> existing.put(value.indicatorCode() + "|" + value.period(), value));
    int recorded = 0;
    int revised = 0;
    List<Reading> changed = new ArrayList<>();
    var now = clock.now();
    for (Reading reading : readings) {
      IndicatorValue value = existing.get(reading.indicator().code() + "|" + reading.period());
      if (value == null) {
        values.save(new IndicatorValue(reading.indicator().code(), reading.period(), reading.value(), source,
            recordedBy, now));
        recorded++;
        changed.add(reading);
      } else if (value.revise(reading.value(), source, recordedBy, now)) {
        revised++;
        changed.add(reading);
      }
    }
    values.flush();
    Set<String> raised = new LinkedHashSet<>();
    changed.stream().sorted(Comparator.comparing(Reading::period)).forEach(reading ->
        warnings.onValue(reading.indicator(), reading.period(), reading.value(), recordedBy, now)
            .ifPresent(warning -> raised.add(warning.number())));
    return new Outcome(readings.size(), recorded, revised, readings.size() - recorded - revised, List.copyOf(raised));
  }
}

package com.opsflow.risk.warning;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Pages;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/**
 * Indicators over HTTP (OM-5.3, CC-3.3.4). Other systems post values as a technical user of 风险指标数据接口 —
 * {@code {"values": [{"indicator": "SALES-REVENUE", "period": "2026-11", "value": 560}]}}, at most
 * {@value IndicatorReadings#MAX_VALUES} a call, the same value again changes nothing. {@code GET /api/indicators}
 * shows each indicator's thresholds and last twelve months, as a small chart in a browser.
 */
@RestController
class IndicatorController {

  static final int MONTHS_SHOWN = 12;

  private final IndicatorReadings readings;
  private final IndicatorCatalogue catalogue;
  private final IndicatorValues values;
  private final RiskWarnings warnings;
  private final WarningReaders readers;
  private final Organisation org;
  private final IdentityService identityService;
  private final CompanyClock clock;

  IndicatorController(IndicatorReadings readings, IndicatorCatalogue catalogue, IndicatorValues values,
      RiskWarnings warnings, WarningReaders readers, Organisation org, IdentityService identityService,
      CompanyClock clock) {
    this.readings = readings;
    this.catalogue = catalogue;
    this.values = values;
    this.warnings = warnings;
    this.readers = readers;
    this.org = org;
    this.identityService = identityService;
    this.clock = clock;
  }

  @PostMapping("/api/indicator-values")
  IndicatorReadings.Outcome post(@RequestBody Map<String, Object> body) {
    if (!readers.groups().contains(Groups.INDICATOR_INTAKE)) {
      throw Refusal.forbidden("只有风险指标数据接口的系统用户可以提交指标数值。");
    }
    List<String> unknown = body.keySet().stream().filter(key -> !"values".equals(key)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw Refusal.badRequest("不认识的字段：" + String.join("、", unknown) + "。请求体应为 {\"values\": [...]}。");
    }
    if (!(body.get("values") instanceof List<?> list) || list.stream().anyMatch(row -> row != null && !(row instanceof Map))) {
      throw Refusal.badRequest("values 应为数值的列表，每项含 indicator、period、value。");
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) list;
    String caller = CurrentUser.required(identityService);
    return readings.record(rows, indicator -> true, caller, org.displayName(caller));
  }

  /** An indicator as its page shows it: thresholds, the last months' values, the open warning if any. */
  record IndicatorView(String code, String name, String unit, String department, String direction,
      BigDecimal warningValue, BigDecimal alarmValue, List<Point> values, String openWarning, String openWarningLevel) {
  }

  record Point(String period, BigDecimal value, String level) {
  }

  @GetMapping(path = "/api/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  List<IndicatorView> indicators() {
    List<String> groups = readers.groups();
    List<Indicator> shown = catalogue.all().stream()
        .filter(indicator -> readers.mayRead(groups, indicator.department())).toList();
    String from = YearMonth.from(clock.today()).minusMonths(MONTHS_SHOWN - 1).toString();
    Map<String, List<IndicatorValue>> byIndicator = new HashMap<>();
    if (!shown.isEmpty()) {
      values.findByIndicatorCodeInAndPeriodGreaterThanEqualOrderByPeriod(shown.stream().map(Indicator::code).toList(), from)
          .forEach(value -> byIndicator.computeIfAbsent(value.indicatorCode(), c -> new ArrayList<>()).add(value));
    }
    return shown.stream().map(indicator -> {
      List<Point> points = byIndicator.getOrDefault(indicator.code(), List.of()).stream()
          .map(value -> new Point(value.period(), value.reading().stripTrailingZeros(),
              indicator.levelOf(value.reading()).map(WarningLevel::label).orElse("正常")))
          .toList();
      var open = warnings.findByOpenIndicator(indicator.code());
      return new IndicatorView(indicator.code(), indicator.name(), indicator.unit(),
          org.departmentName(indicator.department()), indicator.direction().label() + "即预警",
          indicator.warningValue(), indicator.alarmValue(), points,
          open.map(RiskWarning::number).orElse(null), open.map(warning -> warning.level().label()).orElse(null));
    }).toList();
  }

  @GetMapping(path = "/api/indicators", produces = "text/html;charset=UTF-8")
  @Transactional(readOnly = true)
  String page() {
    List<IndicatorView> shown = indicators();
    StringBuilder html = Pages.start("风险监控指标");
    if (shown.isEmpty()) {
      return html.append("<p>您所在的部门没有风险监控指标。</p>").append(Pages.end()).toString();
    }
    html.append("<p>近 ").append(MONTHS_SHOWN).append(" 个月的数值；橙色虚线为预警值，红色虚线为报警值。</p>");
    html.append("<table><tr><th>指标</th><th>部门</th><th>预警值</th><th>报警值</th><th>最近数值</th><th>趋势</th>"
        + "<th>未关闭的预警</th></tr>");
    for (IndicatorView view : shown) {
      Point latest = view.values().isEmpty() ? null : view.values().get(view.values().size() - 1);
      html.append("<tr>").append(Pages.cells(view.name() + "（" + view.unit() + "）", view.department(),
          plain(view.warningValue()) + "（" + view.direction() + "）", plain(view.alarmValue()),
          latest == null ? "暂无" : latest.period() + "：" + plain(latest.value()) + "（" + latest.level() + "）"))
          .append("<td>").append(IndicatorChart.svg(view)).append("</td>")
          .append(Pages.cells(view.openWarning() == null ? "无" : view.openWarning() + "（" + view.openWarningLevel() + "）"))
          .append("</tr>");
    }
    return html.append("</table>").append(Pages.end()).toString();
  }

  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}

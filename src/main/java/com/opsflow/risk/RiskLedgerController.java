package com.opsflow.risk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Pages;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;
import com.opsflow.risk.warning.WarningLedger;

/**
 * 风险台账 (OM-5.1, OM-5.2): 运营部 and 管理层 read every department's risks; everyone else the risks of their own
 * department, each with its latest response. Filter by department, level, response status and overdue; the highest
 * levels first. JSON for programs, a page for browsers.
 */
@RestController
class RiskLedgerController {

  /** The status filter's value for risks without a response: 低 risks need none (OM-5.2). */
  static final String NO_RESPONSE = "无应对";

  private final Risks risks;
  private final Organisation org;
  private final IdentityService identityService;
  private final WarningLedger warnings;
  private final RiskResponses responses;
  private final CompanyClock clock;

  RiskLedgerController(Risks risks, Organisation org, IdentityService identityService, WarningLedger warnings,
      RiskResponses responses, CompanyClock clock) {
    this.responses = responses;
    this.clock = clock;
    this.risks = risks;
    this.org = org;
    this.identityService = identityService;
    this.warnings = warnings;
  }

  record Row(String number, String department, String category, String description, int likelihood, int impact,
      String level, int assessments, String acknowledgedBy, String response, String responseStatus,
      String responseOwner, String responseDue, boolean overdue) {}

  /**
   * @param status a response status (待制定应对, 执行中 … or PLANNING, EXECUTING …), or 无应对 for the risks that need none
   * @param overdue true for the risks whose response is past its deadline
   */
  @GetMapping(path = "/api/risks", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  List<Row> ledger(@RequestParam(required = false) String department, @RequestParam(required = false) String level,
      @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue) {
    RiskLevel byLevel = level == null || level.isBlank() ? null : Arrays.stream(RiskLevel.values())
        .filter(l -> l.name().equals(level) || l.label().equals(level)).findFirst()
        .orElseThrow(() -> Refusal.badRequest("风险等级“" + level + "”不存在，应为低、中、高或重大。"));
    String byStatus = status == null || status.isBlank() ? null : NO_RESPONSE.equals(status) ? NO_RESPONSE
        : Arrays.stream(ResponseStatus.values()).filter(s -> s.name().equals(status) || s.label().equals(status))
            .findFirst().map(ResponseStatus::label)
            .orElseThrow(() -> Refusal.badRequest("应对状态“" + status + "”不存在，应为" + String.join("、",
                Arrays.stream(ResponseStatus.values()).map(ResponseStatus::label).toList()) + "或" + NO_RESPONSE + "。"));
    List<String> groups = CurrentUser.groups(identityService);
    boolean everyDepartment = groups.contains(Groups.OPERATIONS) || groups.contains(Groups.MANAGEMENT);
    List<Risk> found = (everyDepartment ? risks.findAll() : risks.findByDepartmentIn(groups)).stream()
        .filter(risk -> department == null || department.isBlank() || risk.department().equals(department))
        .filter(risk -> byLevel == null || risk.level() == byLevel).toList();
    Map<Long, RiskResponse> latest = new HashMap<>();
    if (!found.isEmpty()) {
      responses.findByRiskIdInOrderById(found.stream().map(Risk::id).toList())
          .forEach(response -> latest.put(response.riskId(), response));
    }
    LocalDate today = clock.today();
    return found.stream()
        .sorted((a, b) -> a.level() == b.level() ? a.number().compareTo(b.number()) : b.level().compareTo(a.level()))
        .map(risk -> {
          RiskResponse response = latest.get(risk.id());
          return new Row(risk.number(), org.departmentName(risk.department()), risk.category().label(),
              risk.description(), risk.likelihood(), risk.impact(), risk.level().label(), risk.assessments().size(),
              risk.acknowledgedBy() == null ? null : org.displayName(risk.acknowledgedBy()),
              response == null || response.strategy() == null ? null : response.strategy().label(),
              response == null ? NO_RESPONSE : response.status().label(),
              response == null || response.owner() == null ? null : org.displayName(response.owner()),
              response == null || response.dueOn() == null ? null : response.dueOn().toString(),
              response != null && response.overdue(today));
        })
        .filter(row -> byStatus == null || row.responseStatus().equals(byStatus))
        .filter(row -> overdue == null || row.overdue() == overdue)
        .toList();
  }

  @GetMapping(path = "/api/risks", produces = "text/html;charset=UTF-8")
  @Transactional(readOnly = true)
  String page(@RequestParam(required = false) String department, @RequestParam(required = false) String level,
      @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue) {
    List<Row> rows = ledger(department, level, status, overdue);
    StringBuilder html = Pages.start("风险台账");
    openWarnings(html, department);
    html.append("<h2>风险</h2>");
    if (rows.isEmpty()) {
      return html.append("<p>没有符合条件的风险。</p>").append(Pages.end()).toString();
    }
    html.append("<table><tr><th>编号</th><th>部门</th><th>类别</th><th>风险描述</th><th>可能性</th><th>影响程度</th>"
        + "<th>等级</th><th>评估次数</th><th>管理层确认</th><th>应对策略</th><th>应对状态</th><th>责任人</th><th>完成期限</th></tr>");
    rows.forEach(row -> html.append("<tr>").append(Pages.cells(row.number(), row.department(), row.category(),
        row.description(), String.valueOf(row.likelihood()), String.valueOf(row.impact()), row.level(),
        String.valueOf(row.assessments()), row.acknowledgedBy(), row.response(), row.responseStatus(),
        row.responseOwner(), row.responseDue() == null ? null : row.responseDue() + (row.overdue() ? "（已逾期）" : "")))
        .append("</tr>"));
    return html.append("</table><p>共 ").append(rows.size()).append(" 项。</p>").append(Pages.end()).toString();
  }

  /** OM-5.3: the warnings still open, above the register, for the same readers. */
  private void openWarnings(StringBuilder html, String department) {
    List<WarningLedger.Row> open = warnings.list("open", department);
    html.append("<h2>未关闭的预警</h2>");
    if (open.isEmpty()) {
      html.append("<p>没有未关闭的预警。</p>");
      return;
    }
    html.append("<table><tr><th>编号</th><th>部门</th><th>级别</th><th>状态</th><th>预警事项</th><th>最近数值</th></tr>");
    open.forEach(row -> html.append("<tr>").append(Pages.cells(row.number(), row.department(), row.level(), row.status(),
        row.subject(), row.latestValue())).append("</tr>"));
    html.append("</table><p><a href=\"/api/risk-warnings\">全部预警</a>　<a href=\"/api/indicators\">风险监控指标</a></p>");
  }
}

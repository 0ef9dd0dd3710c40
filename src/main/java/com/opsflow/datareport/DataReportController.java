package com.opsflow.datareport;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Pages;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/**
 * A month's 数据分析报告 (OC-2.3.3): the report and the figures it was written from. The company's employees read it
 * once 管理层 took note; before that only 数据分析部 and 管理层. Other systems' users get 404.
 */
@RestController
class DataReportController {

  private final DataReports reports;
  private final DataReporting reporting;
  private final Organisation org;
  private final IdentityService identityService;

  DataReportController(DataReports reports, DataReporting reporting, Organisation org, IdentityService identityService) {
    this.reports = reports;
    this.reporting = reporting;
    this.org = org;
    this.identityService = identityService;
  }

  record View(String number, String period, String status, String purpose, String method, String results,
      String recommendations, String author, List<Map<String, Object>> figures) {
  }

  @GetMapping(path = "/api/data-reports/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  View read(@PathVariable String number) {
    DataReport report = reports.findByNumber(number).filter(this::mayRead)
        .orElseThrow(() -> Refusal.notFound("数据分析报告 " + number + " 不存在。"));
    return new View(report.number(), report.period(), report.status().label(), report.purpose(), report.method(),
        report.results(), report.recommendations(), report.author() == null ? null : org.displayName(report.author()),
        reporting.figures(report.period()));
  }

  @GetMapping(path = "/api/data-reports/{number}", produces = "text/html;charset=UTF-8")
  @Transactional(readOnly = true)
  String page(@PathVariable String number) {
    View view = read(number);
    StringBuilder html = Pages.start(view.period() + " 数据分析报告");
    html.append("<table>").append(Pages.row("编号", view.number())).append(Pages.row("状态", view.status()))
        .append(Pages.row("撰写人", view.author())).append(Pages.row("目的", view.purpose()))
        .append(Pages.row("方法", view.method())).append(Pages.row("结果", view.results()))
        .append(Pages.row("建议", view.recommendations())).append("</table>");
    html.append("<h2>各部门报送数据</h2><table><tr><th>部门</th><th>指标</th><th>本期</th><th>上期</th><th>环比</th>"
        + "<th>状态</th></tr>");
    view.figures().forEach(row -> html.append("<tr>").append(Pages.cells(String.valueOf(row.get("department")),
        String.valueOf(row.get("indicator")), String.valueOf(row.get("value")), String.valueOf(row.get("previous")),
        String.valueOf(row.get("change")), String.valueOf(row.get("level")))).append("</tr>"));
    return html.append("</table>").append(Pages.end()).toString();
  }

  private boolean mayRead(DataReport report) {
    List<String> groups = CurrentUser.groups(identityService);
    if (groups.contains(Groups.MANAGEMENT) || groups.contains("data")) {
      return true;
    }
    return report.status() == ReportStatus.PUBLISHED
        && org.departments().stream().anyMatch(department -> groups.contains(department.getId()));
  }
}

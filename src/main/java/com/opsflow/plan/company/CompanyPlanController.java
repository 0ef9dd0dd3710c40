package com.opsflow.plan.company;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Pages;

/**
 * A year's company plan (OM-3.1), every version with its goals and the department plans it gathers: the company's
 * goals, which every employee may read (each department plan's own page keeps its own readers).
 */
@RestController
class CompanyPlanController {

  private final CompanyPlans companyPlans;
  private final CompanyClock clock;

  CompanyPlanController(CompanyPlans companyPlans, CompanyClock clock) {
    this.companyPlans = companyPlans;
    this.clock = clock;
  }

  record Version(String number, int version, String status, String goals, Instant createdAt, Instant decidedAt,
      List<Department> departmentPlans, List<Entry> trail) {}

  record Department(String department, String number, String title) {}

  record Entry(String step, String action, String actor, String comment, Instant at) {}

  @GetMapping(path = "/api/company-plans/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<List<Version>> versions(@PathVariable int year) {
    List<Version> versions = companyPlans.findByYearOrderByVersion(year).stream().map(p -> new Version(p.number(), p.version(),
        p.statusLabel(), p.goals(), p.createdAt(), p.decidedAt(),
        p.departmentPlans().stream().map(d -> new Department(d.departmentName(), d.number(), d.title())).toList(),
        p.trail().stream().map(e -> new Entry(e.step(), e.action(), e.actorName(), e.comment(), e.occurredAt())).toList()))
        .toList();
    return versions.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(versions);
  }

  @GetMapping(path = "/api/company-plans/{year}", produces = "text/html;charset=UTF-8")
  @Transactional(readOnly = true)
  ResponseEntity<String> page(@PathVariable int year) {
    List<Version> versions = versions(year).getBody();
    StringBuilder html = Pages.start(year + " 年公司年度运营计划");
    if (versions == null) {
      return ResponseEntity.status(404).body(html.append("<p>").append(year).append(" 年尚无公司年度运营计划。</p>")
          .append(Pages.end()).toString());
    }
    // the newest version first: the one in force, or the one being consolidated
    for (int i = versions.size() - 1; i >= 0; i--) {
      Version v = versions.get(i);
      html.append("<h2>").append(htmlEscape(v.number())).append(" 第 ").append(v.version()).append(" 版（")
          .append(htmlEscape(v.status())).append("）</h2><h3>公司年度目标</h3><p style=\"white-space:pre-wrap\">")
          .append(v.goals() == null ? "（运营部汇总中）" : htmlEscape(v.goals())).append("</p><table><tr><th>部门</th><th>部门年度计划</th><th>计划名称</th></tr>");
      for (Department d : v.departmentPlans()) {
        html.append("<tr><td>").append(htmlEscape(d.department())).append("</td><td><a href=\"/api/plans/")
            .append(htmlEscape(d.number())).append("\">").append(htmlEscape(d.number())).append("</a></td><td>")
            .append(htmlEscape(d.title())).append("</td></tr>");
      }
      html.append("</table><table><tr><th>时间</th><th>环节</th><th>办理</th><th>办理人</th><th>说明</th></tr>");
      for (Entry e : v.trail()) {
        html.append("<tr><td>").append(clock.format(e.at())).append("</td><td>").append(htmlEscape(e.step())).append("</td><td>")
            .append(htmlEscape(e.action())).append("</td><td>").append(e.actor() == null ? "" : htmlEscape(e.actor()))
            .append("</td><td>").append(e.comment() == null ? "" : htmlEscape(e.comment())).append("</td></tr>");
      }
      html.append("</table>");
    }
    return ResponseEntity.ok(html.append(Pages.end()).toString());
  }
}

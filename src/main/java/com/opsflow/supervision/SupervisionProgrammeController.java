package com.opsflow.supervision;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Pages;
import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/**
 * {@code GET /api/supervision-programmes/{number}}: a supervision programme (SV-2.1.1) with each planned audit, what
 * its department answered and the audit it started. Supervisors and 管理层 read it whole; the head of an audited
 * department reads the audits of their own department; to anyone else it does not exist. JSON or a page.
 */
@RestController
class SupervisionProgrammeController {

  private final SupervisionProgrammes programmes;
  private final Organisation org;
  private final IdentityService identityService;
  private final CompanyClock clock;

  SupervisionProgrammeController(SupervisionProgrammes programmes, Organisation org, IdentityService identityService,
      CompanyClock clock) {
    this.programmes = programmes;
    this.org = org;
    this.identityService = identityService;
    this.clock = clock;
  }

  record View(String number, String title, String period, String status, String goals, String methods,
      List<Audit> audits, List<Entry> trail) {}

  record Audit(String department, String plannedDate, String onSiteDate, String focusAreas, String supervisors,
      String answer, String answerComment, String decisionComment, String auditNumber) {}

  record Entry(String step, String action, String actor, String comment, Instant at) {}

  @GetMapping(path = "/api/supervision-programmes/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<View> programme(@PathVariable String number) {
    SupervisionProgramme programme = programmes.findByNumber(number).orElse(null);
    if (programme == null) {
      return ResponseEntity.notFound().build();
    }
    List<String> groups = CurrentUser.groups(identityService);
    boolean whole = groups.contains(Groups.SUPERVISORS) || groups.contains(Groups.MANAGEMENT);
    List<PlannedAudit> readable = programme.audits().stream()
        .filter(audit -> whole || groups.contains(Groups.headGroupOf(audit.department()))).toList();
    if (readable.isEmpty()) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok(new View(programme.number(), programme.title(), programme.period().label(),
        programme.statusLabel(), programme.goals(), programme.methods(), readable.stream().map(this::audit).toList(),
        whole ? programme.trail().stream().map(e -> new Entry(e.step(), e.action(), e.actorName(), e.comment(),
            e.occurredAt())).toList() : List.of()));
  }

  @GetMapping(path = "/api/supervision-programmes/{number}", produces = "text/html;charset=UTF-8")
  @Transactional(readOnly = true)
  ResponseEntity<String> page(@PathVariable String number) {
    View view = programme(number).getBody();
    if (view == null) {
      return ResponseEntity.status(404).body(Pages.start("未找到督导工作计划").append("<p>没有编号为 ")
          .append(htmlEscape(number)).append(" 的督导工作计划，或您无权查看。</p>").append(Pages.end()).toString());
    }
    StringBuilder html = Pages.start(view.number() + " " + view.title() + "（" + view.period() + "，" + view.status() + "）");
    html.append("<table>").append(Pages.row("督导工作目标", view.goals())).append(Pages.row("督导方法", view.methods()))
        .append("</table><h2>督导安排</h2><table><tr><th>被督导部门</th><th>计划日期</th><th>督导日期</th><th>督导重点</th>"
            + "<th>督导人员</th><th>部门答复</th><th>理由与说明</th><th>运营督导</th></tr>");
    for (Audit audit : view.audits()) {
      String notes = java.util.stream.Stream.of(audit.answerComment(), audit.decisionComment())
          .filter(note -> note != null).collect(Collectors.joining("；"));
      html.append("<tr>").append(Pages.cells(audit.department(), audit.plannedDate(), audit.onSiteDate(), audit.focusAreas(),
          audit.supervisors(), audit.answer(), notes, audit.auditNumber() == null ? "尚未开始" : audit.auditNumber()))
          .append("</tr>");
    }
    html.append("</table>");
    if (!view.trail().isEmpty()) {
      html.append("<h2>记录</h2><table><tr><th>时间</th><th>环节</th><th>办理</th><th>办理人</th><th>说明</th></tr>");
      view.trail().forEach(e -> html.append("<tr>").append(Pages.cells(clock.format(e.at()), e.step(), e.action(), e.actor(),
          e.comment())).append("</tr>"));
      html.append("</table>");
    }
    return ResponseEntity.ok(html.append(Pages.end()).toString());
  }

  private Audit audit(PlannedAudit audit) {
    return new Audit(org.departmentName(audit.department()), audit.plannedDate().toString(),
        audit.onSiteDate().toString(), audit.focusAreas().stream().map(FocusArea::label).collect(Collectors.joining("、")),
        audit.supervisors().stream().map(org::displayName).collect(Collectors.joining("、")), audit.answerLabel(),
        audit.answerComment(), audit.decisionComment(), audit.auditNumber());
  }

}

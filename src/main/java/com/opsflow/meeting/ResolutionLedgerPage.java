package com.opsflow.meeting;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.Map;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Pages;

/** The 决议台账 as a browser shows it: filters on top, the earliest due first, overdue items marked. */
final class ResolutionLedgerPage {

  private ResolutionLedgerPage() {
  }

  static String of(List<ResolutionRow> rows, Map<String, String> departments, String department, String status,
      boolean overdue, String owner, CompanyClock clock) {
    StringBuilder html = Pages.start("决议台账");
    html.append("<form method=\"get\"><label>部门 <select name=\"department\"><option value=\"\">全部</option>");
    departments.forEach((id, name) -> html.append(option(id, name, department)));
    html.append("</select></label> <label>状态 <select name=\"status\"><option value=\"\">全部</option>");
    for (ResolutionStatus s : ResolutionStatus.values()) {
      html.append(option(s.name(), s.label(), status));
    }
    html.append("</select></label> <label>责任人（登录名） <input name=\"owner\" value=\"").append(owner == null ? "" : htmlEscape(owner))
        .append("\"></label> <label><input type=\"checkbox\" name=\"overdue\" value=\"true\"").append(overdue ? " checked" : "")
        .append("> 只看逾期</label> <button>查询</button></form>");
    if (rows.isEmpty()) {
      return html.append("<p>没有符合条件的决议。</p>").append(Pages.end()).toString();
    }
    html.append("<table><tr><th>编号</th><th>会议</th><th>决策事项</th><th>责任人</th><th>部门</th><th>完成时间</th>"
        + "<th>状态</th><th>延期</th><th>完成于</th></tr>");
    for (ResolutionRow row : rows) {
      html.append(row.overdue() ? "<tr class=\"overdue\">" : "<tr>").append(MeetingPage.cell(row.number()))
          .append("<td><a href=\"/api/meetings/").append(htmlEscape(row.meeting())).append("\">").append(htmlEscape(row.meeting()))
          .append("</a></td>").append(MeetingPage.cell(row.subject())).append(MeetingPage.cell(row.owner()))
          .append(MeetingPage.cell(row.department()))
          .append(MeetingPage.cell(clock.format(row.due()) + (row.overdue() ? "（已逾期）" : "")))
          .append(MeetingPage.cell(row.status())).append(MeetingPage.cell(row.extensions() == 0 ? "" : row.extensions() + " 次"))
          .append(MeetingPage.cell(row.closedAt() == null ? null : clock.format(row.closedAt()) + (row.closedLate() ? "（逾期完成）" : "")))
          .append("</tr>");
    }
    return html.append("</table>").append(Pages.end()).toString();
  }

  private static String option(String value, String label, String selected) {
    return "<option value=\"" + htmlEscape(value) + "\"" + (value.equals(selected) ? " selected" : "") + ">" + htmlEscape(label)
        + "</option>";
  }
}

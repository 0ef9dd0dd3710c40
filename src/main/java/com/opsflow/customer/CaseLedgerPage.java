package com.opsflow.customer;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Pages;

/** The 客户反馈台账 as a browser shows it: filters on top, newest case first, times in the company's zone. */
final class CaseLedgerPage {

  private CaseLedgerPage() {
  }

  static String of(List<CaseLedgerRow> rows, String category, String status, boolean overdue, String q, CompanyClock clock) {
    StringBuilder html = Pages.start("客户反馈台账");
    html.append("<form method=\"get\"><label>类别 <select name=\"category\"><option value=\"\">全部</option>");
    for (CaseCategory c : CaseCategory.values()) {
      html.append(option(c.name(), c.label(), category));
    }
    html.append("</select></label> <label>状态 <select name=\"status\"><option value=\"\">全部</option>");
    for (CaseStatus s : CaseStatus.values()) {
      html.append(option(s.name(), s.label(), status));
    }
    html.append("</select></label> <label><input type=\"checkbox\" name=\"overdue\" value=\"true\"")
        .append(overdue ? " checked" : "").append("> 只看逾期</label> <label>编号或客户 <input name=\"q\" value=\"")
        .append(q == null ? "" : htmlEscape(q)).append("\"></label> <button>查询</button></form>");
    if (rows.isEmpty()) {
      return html.append("<p>没有符合条件的客户反馈。</p>").append(Pages.end()).toString();
    }
    html.append("<table><tr><th>编号</th><th>登记时间</th><th>客户</th><th>类别</th><th>严重程度</th><th>责任部门</th>"
        + "<th>状态</th><th>办理期限</th><th>轮次</th><th>满意度</th></tr>");
    for (CaseLedgerRow row : rows) {
      html.append(row.overdue() ? "<tr class=\"overdue\">" : "<tr>")
          .append(cell(row.number())).append(cell(clock.format(row.recordedAt()))).append(cell(row.customer()))
          .append(cell(row.category())).append(cell(row.severity())).append(cell(row.responsibleDepartment()))
          .append(cell(row.status())).append(cell(row.handlingDue() == null ? null
              : clock.format(row.handlingDue()) + (row.overdue() ? "（已逾期）" : "")))
          .append(cell(String.valueOf(row.round()))).append(cell(row.satisfaction())).append("</tr>");
    }
    return html.append("</table>").append(Pages.end()).toString();
  }

  private static String option(String value, String label, String selected) {
    return "<option value=\"" + value + "\"" + (value.equals(selected) ? " selected" : "") + ">" + htmlEscape(label) + "</option>";
  }

  private static String cell(String text) {
    return "<td>" + (text == null ? "" : htmlEscape(text)) + "</td>";
  }
}

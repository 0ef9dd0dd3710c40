package com.opsflow.plan.history;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Pages;

/** {@code /api/plans/{number}} as a browser shows it: every version newest first, times in the company's zone. */
final class PlanPage {

  private PlanPage() {
  }

  static String of(PlanHistoryView plan, CompanyClock clock) {
    StringBuilder html = Pages.start(plan.number() + " " + plan.departmentName() + plan.type() + "（" + plan.period() + "）");
    for (int at = plan.versions().size() - 1; at >= 0; at--) {
      PlanHistoryView.Version version = plan.versions().get(at);
      html.append("<h2>第 ").append(version.version()).append(" 版：").append(htmlEscape(version.status())).append("</h2><table>")
          .append(Pages.row("标题", version.title()))
          .append(Pages.row("决定时间", clock.format(version.decidedAt())))
          .append("</table>");
      if (version.supersededBy() != null) {
        html.append("<p>已被第 ").append(version.version() + 1).append(" 版取代。</p>");
      }
      html.append("<h3>计划事项</h3><table><tr><th>序号</th><th>目标</th><th>任务</th><th>措施</th><th>时间节点</th>"
          + "<th>责任人</th><th>资源</th><th>重点任务</th></tr>");
      int no = 1;
      for (PlanHistoryView.Item item : version.items()) {
        html.append("<tr><td>").append(no++).append("</td>").append(cells(item.goal(), item.task(), item.measures(),
            item.deadline(), item.responsible(), item.resources(), item.keyTask() ? "是" : "")).append("</tr>");
      }
      html.append("</table>");
      PlanHistoryView.Adjustment adjustment = version.adjustment();
      if (adjustment != null) {
        html.append("<h3>本版由计划调整 ").append(htmlEscape(adjustment.number())).append(" 生效</h3><table>")
            .append(Pages.row("调整原因", adjustment.cause()))
            .append(Pages.row("调整理由", adjustment.reason()))
            .append(Pages.row("调整后进度", adjustment.adjustedSchedule()))
            .append(Pages.row("影响", adjustment.impact()))
            .append("</table><table><tr><th>变更</th><th>事项</th><th>调整前</th><th>调整后</th></tr>");
        adjustment.changes().forEach(change -> html.append("<tr>").append(cells(change.kind(),
            String.valueOf(change.itemNo()), change.before(), change.after())).append("</tr>"));
        html.append("</table>");
        trail(html, "调整审批记录", adjustment.trail(), clock);
      }
      trail(html, "审批记录", version.trail(), clock);
    }
    return html.append("<p><a href=\"/api/applications\">我的申请</a> · <a href=\"/camunda/app/tasklist/\">任务中心</a></p>")
        .append(Pages.end()).toString();
  }

  static String notFound(String number) {
    return Pages.start("未找到计划").append("<p>没有编号为 ").append(htmlEscape(number))
        .append(" 的计划，或您无权查看。</p>").append(Pages.end()).toString();
  }

  private static void trail(StringBuilder html, String title, List<PlanHistoryView.Event> events, CompanyClock clock) {
    html.append("<h3>").append(title).append("</h3><table><tr><th>时间</th><th>环节</th><th>人员</th><th>决定</th><th>意见</th></tr>");
    events.forEach(event -> html.append("<tr>").append(cells(clock.format(event.at()), event.step(), event.actor(),
        event.action(), event.comment())).append("</tr>"));
    html.append("</table>");
  }

  private static String cells(String... values) {
    StringBuilder row = new StringBuilder();
    for (String value : values) {
      row.append("<td>").append(htmlEscape(value == null ? "" : value)).append("</td>");
    }
    return row.toString();
  }
}

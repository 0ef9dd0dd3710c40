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
    breakdown(html, plan.breakdown());
    for (int at = plan.versions().size() - 1; at >= 0; at--) {
      PlanHistoryView.Version version = plan.versions().get(at);
      html.append("<h2>第 ").append(version.version()).append(" 版：").append(htmlEscape(version.status())).append("</h2><table>")
          .append(Pages.row("标题", version.title()))
          .append(Pages.row("决定时间", clock.format(version.decidedAt())))
          .append(version.parentPlan() == null ? "" : "<tr><th>上级计划</th><td><a href=\"/api/plans/"
              + htmlEscape(version.parentPlan()) + "\">" + htmlEscape(version.parentPlan()) + "</a></td></tr>")
          .append("</table>");
      if (version.supersededBy() != null) {
        html.append("<p>已被第 ").append(version.version() + 1).append(" 版取代。</p>");
      }
      html.append("<h3>计划事项</h3><table><tr><th>序号</th><th>目标</th><th>任务</th><th>措施</th><th>时间节点</th>"
          + "<th>责任人</th><th>资源</th><th>重点任务</th>" + (version.parentPlan() == null ? "" : "<th>上级计划事项</th>")
          + "</tr>");
      int no = 1;
      for (PlanHistoryView.Item item : version.items()) {
        html.append("<tr><td>").append(no++).append("</td>").append(Pages.cells(item.goal(), item.task(), item.measures(),
            item.deadline(), item.responsible(), item.resources(), item.keyTask() ? "是" : ""))
            .append(version.parentPlan() == null ? "" : Pages.cells(item.parentItem())).append("</tr>");
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
        adjustment.changes().forEach(change -> html.append("<tr>").append(Pages.cells(change.kind(),
            String.valueOf(change.itemNo()), change.before(), change.after())).append("</tr>"));
        html.append("</table>");
        trail(html, "调整审批记录", adjustment.trail(), clock);
      }
      trail(html, "审批记录", version.trail(), clock);
    }
    return html.append("<p><a href=\"/api/applications\">我的申请</a> · <a href=\"/camunda/app/tasklist/\">任务中心</a></p>")
        .append(Pages.end()).toString();
  }

  /** OM-3.2 / OM-3.3: each item with the quarterly and monthly items below it, as nested lists. */
  private static void breakdown(StringBuilder html, PlanHistoryView.Breakdown breakdown) {
    boolean brokenDown = !breakdown.unlinked().isEmpty()
        || breakdown.items().stream().anyMatch(item -> !item.below().isEmpty());
    if (!brokenDown) {
      return;
    }
    html.append("<h2>计划分解</h2>");
    branches(html, breakdown.items(), false);
    if (!breakdown.unlinked().isEmpty()) {
      html.append("<h3>未对应上级事项的下级计划事项</h3>");
      branches(html, breakdown.unlinked(), true);
    }
  }

  private static void branches(StringBuilder html, List<PlanHistoryView.Branch> branches, boolean withPlan) {
    html.append("<ul class=\"breakdown\">");
    for (PlanHistoryView.Branch branch : branches) {
      html.append("<li>");
      if (withPlan) {
        html.append("<a href=\"/api/plans/").append(htmlEscape(branch.plan())).append("\">")
            .append(htmlEscape(branch.period())).append("</a> ");
      }
      html.append("第 ").append(branch.no()).append(" 项　").append(htmlEscape(branch.item()));
      if (branch.reason() != null) {
        html.append("（无上级事项：").append(htmlEscape(branch.reason())).append("）");
      }
      if (!branch.below().isEmpty()) {
        branches(html, branch.below(), true);
      }
      html.append("</li>");
    }
    html.append("</ul>");
  }

  static String notFound(String number) {
    return Pages.start("未找到计划").append("<p>没有编号为 ").append(htmlEscape(number))
        .append(" 的计划，或您无权查看。</p>").append(Pages.end()).toString();
  }

  private static void trail(StringBuilder html, String title, List<PlanHistoryView.Event> events, CompanyClock clock) {
    html.append("<h3>").append(title).append("</h3><table><tr><th>时间</th><th>环节</th><th>人员</th><th>决定</th><th>意见</th></tr>");
    events.forEach(event -> html.append("<tr>").append(Pages.cells(clock.format(event.at()), event.step(), event.actor(),
        event.action(), event.comment())).append("</tr>"));
    html.append("</table>");
  }
}

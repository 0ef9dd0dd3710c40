package com.opsflow.meeting;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Pages;

/** A meeting as a browser shows it: the notice, every version of the minutes with the answers, the resolutions. */
final class MeetingPage {

  private MeetingPage() {
  }

  static String of(MeetingView m, CompanyClock clock) {
    return of(m, clock, null);
  }

  /** @param csrf the web apps' token when the reader is the organiser of a meeting not yet held: they may move or cancel it */
  static String of(MeetingView m, CompanyClock clock, String csrf) {
    StringBuilder html = Pages.start(m.kind() + "：" + m.topic());
    html.append("<table>").append(Pages.row("编号", m.number())).append(Pages.row("状态", m.status()))
        .append(Pages.row("时间", m.startsAt() == null ? "待定" : clock.format(m.startsAt()) + " 至 " + clock.format(m.endsAt())))
        .append(Pages.row("地点", m.place())).append(Pages.row("召集人", m.organiser())).append(Pages.row("记录人", m.recorder()))
        .append(Pages.row("参会人员", String.join("、", m.attendees())));
    if (m.project() != null) {
      html.append(Pages.row("协作项目", m.project()));
    }
    html.append("</table>");
    if (m.startsAt() != null) {
      html.append("<p class=\"no-print\"><a href=\"/api/meetings/").append(htmlEscape(m.number()))
          .append("/invite.ics\">添加到日历（invite.ics）</a></p>");
    }
    if (csrf != null) {
      html.append(organiserActions(m, csrf));
    }
    html.append("<h2>议程</h2><ol>");
    m.agenda().forEach(item -> html.append("<li>").append(htmlEscape(item)).append("</li>"));
    html.append("</ol>");
    for (MeetingView.Minutes minutes : m.minutes()) {
      html.append("<h2>会议纪要 第 ").append(minutes.version()).append(" 版（").append(htmlEscape(minutes.status()))
          .append("）</h2><p>").append(htmlEscape(minutes.writtenBy())).append(" 记录于 ").append(clock.format(minutes.writtenAt()))
          .append("</p><p style=\"white-space:pre-wrap\">").append(htmlEscape(minutes.content())).append("</p>");
      if (!minutes.decisions().isEmpty()) {
        html.append("<table><tr><th>决策事项</th><th>责任人</th><th>完成时间</th></tr>");
        minutes.decisions().forEach(d -> html.append("<tr>").append(cell(d.subject())).append(cell(d.owner()))
            .append(cell(d.due())).append("</tr>"));
        html.append("</table>");
      }
      if (!minutes.answers().isEmpty()) {
        html.append("<table><tr><th>参会人员</th><th>确认</th><th>意见</th><th>时间</th></tr>");
        minutes.answers().forEach(a -> html.append("<tr>").append(cell(a.attendee())).append(cell(a.agreed() ? "确认无误" : "有异议"))
            .append(cell(a.comment())).append(cell(clock.format(a.at()))).append("</tr>"));
        html.append("</table>");
      }
    }
    if (!m.resolutions().isEmpty()) {
      html.append("<h2>决议跟踪</h2><table><tr><th>编号</th><th>决策事项</th><th>责任人</th><th>完成时间</th><th>状态</th><th>结果</th></tr>");
      m.resolutions().forEach(r -> html.append(r.overdue() ? "<tr class=\"overdue\">" : "<tr>").append(cell(r.number()))
          .append(cell(r.subject())).append(cell(r.owner())).append(cell(clock.format(r.due()) + (r.overdue() ? "（已逾期）" : "")))
          .append(cell(r.status())).append(cell(r.result())).append("</tr>"));
      html.append("</table>");
    }
    html.append("<h2>办理记录</h2><table><tr><th>时间</th><th>环节</th><th>办理</th><th>办理人</th><th>说明</th></tr>");
    m.trail().forEach(e -> html.append("<tr>").append(cell(clock.format(e.at()))).append(cell(e.step())).append(cell(e.action()))
        .append(cell(e.actor())).append(cell(e.comment())).append("</tr>"));
    return html.append("</table>").append(Pages.end()).toString();
  }

  /** 改期 and 取消会议 for the organiser, posted with the web apps' CSRF token as Tasklist's own calls are. */
  private static String organiserActions(MeetingView m, String csrf) {
    StringBuilder times = new StringBuilder();
    for (int hour = 7; hour < 22; hour++) {
      for (int minute = 0; minute < 60; minute += 30) {
        String time = String.format("%02d:%02d", hour, minute);
        times.append("<option>").append(time).append("</option>");
      }
    }
    return """
        <section class="no-print"><h2>召集人操作</h2>
        <form id="reschedule"><label>新日期 <input type="date" name="meetingDate" required></label>
        <label>开始时间 <select name="startTime">%s</select></label>
        <label>时长（分钟） <input type="number" name="durationMinutes" value="60" min="15" max="480" required></label>
        <label>地点 <input name="meetingPlace" maxlength="200" value="%s"></label>
        <label>原因 <input name="reason" maxlength="500" required></label> <button type="submit">改期</button></form>
        <form id="cancel"><label>取消原因 <input name="reason" maxlength="500" required></label>
        <button type="submit">取消会议</button></form>
        <p id="message" role="status"></p>
        <script>const csrf = '%s';
        for (const action of ['reschedule', 'cancel']) {
          document.getElementById(action).addEventListener('submit', async event => {
            event.preventDefault();
            const answer = await fetch(location.pathname + '/' + action, { method: 'POST', credentials: 'same-origin',
              headers: { 'X-XSRF-TOKEN': csrf, 'Accept': 'application/json', 'Content-Type': 'application/json' },
              body: JSON.stringify(Object.fromEntries(new FormData(event.target))) });
            const body = await answer.json().catch(() => ({}));
            if (answer.ok) {
              location.reload();
            } else {
              document.getElementById('message').textContent = body.message || ('操作失败（' + answer.status + '）');
            }
          });
        }
        </script></section>""".formatted(times, htmlEscape(m.place() == null ? "" : m.place()), htmlEscape(csrf));
  }

  static String notFound(String number) {
    return Pages.start("会议不存在").append("<p>没有编号为 ").append(htmlEscape(number))
        .append(" 的会议，或者您不是它的参会人员、责任人。</p>").append(Pages.end()).toString();
  }

  static String cell(String text) {
    return "<td>" + (text == null ? "" : htmlEscape(text)) + "</td>";
  }
}

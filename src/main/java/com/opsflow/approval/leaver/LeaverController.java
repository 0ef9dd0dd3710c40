package com.opsflow.approval.leaver;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.bind.annotation.GetMapping;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Pages;
import com.opsflow.organisation.Organisation;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Groups;

/**
 * {@code POST /api/people/{id}/hand-over {"to": "…", "reason": "…"}}: 离职转办, for administrators only — and its page,
 * {@code /api/people/hand-over}.
 */
@RestController
class LeaverController {

  private final Leavers leavers;
  private final IdentityService identityService;
  private final Organisation org;

  LeaverController(Leavers leavers, IdentityService identityService, Organisation org) {
    this.org = org;
    this.leavers = leavers;
    this.identityService = identityService;
  }

  @PostMapping("/api/people/{id}/hand-over")
  Leavers.HandOver handOver(@PathVariable String id, @RequestBody Map<String, Object> body) {
    administratorsOnly();
    if (!(body.get("to") instanceof String to)) {
      throw Refusal.badRequest("请填写接手人（to）。");
    }
    Object reason = body.get("reason");
    if (reason != null && !(reason instanceof String)) {
      throw Refusal.badRequest("转办原因必须是文字。");
    }
    return leavers.handOver(id, to, (String) reason);
  }

  /** The page an administrator does it from: who leaves, who takes over, why. */
  @GetMapping(path = "/api/people/hand-over", produces = "text/html;charset=UTF-8")
  String page(HttpServletRequest request) {
    administratorsOnly();
    Map<String, String> departments = org.departmentNameByPerson();
    StringBuilder options = new StringBuilder("<option value=\"\">请选择</option>");
    org.people().forEach(user -> options.append("<option value=\"").append(htmlEscape(user.getId())).append("\">")
        .append(htmlEscape(org.displayName(user.getId()))).append("（").append(htmlEscape(user.getId()))
        .append(departments.containsKey(user.getId()) ? "，" + htmlEscape(departments.get(user.getId())) : "").append("）</option>"));
    HttpSession session = request.getSession(false);
    Object csrf = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return Pages.start("离职转办").append("<p>把离职人员的全部待办、进行中的申请和抄送转给接手人，每项留下记录；离职人员同时退出所有组。"
        + "操作在一个事务中完成，要么全部转交，要么全部不变。</p><form id=\"hand-over\"><table>")
        .append("<tr><th><label for=\"leaver\">离职人员</label></th><td><select id=\"leaver\" required>").append(options)
        .append("</select></td></tr><tr><th><label for=\"successor\">接手人</label></th><td><select id=\"successor\" required>")
        .append(options).append("</select></td></tr><tr><th><label for=\"reason\">原因</label></th><td>"
            + "<input id=\"reason\" maxlength=\"200\" placeholder=\"如：离职\"></td></tr></table>"
            + "<button type=\"submit\">转交</button> <span id=\"message\" role=\"status\"></span></form><script>const csrf = '")
        .append(htmlEscape(csrf == null ? "" : csrf.toString())).append("';").append("""
            document.getElementById('hand-over').addEventListener('submit', async event => {
              event.preventDefault();
              const leaver = document.getElementById('leaver').value;
              const answer = await fetch('/api/people/' + encodeURIComponent(leaver) + '/hand-over', { method: 'POST',
                credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrf, 'Accept': 'application/json',
                'Content-Type': 'application/json' }, body: JSON.stringify({ to: document.getElementById('successor').value,
                reason: document.getElementById('reason').value }) });
              const body = await answer.json().catch(() => ({}));
              document.getElementById('message').textContent = answer.ok
                ? '已转交：待办 ' + body.tasks + ' 项，申请 ' + body.applications + ' 项，抄送 ' + body.carbonCopies + ' 项；已退出 '
                  + body.groupsLeft.length + ' 个组。'
                : (body.message || ('转交失败（' + answer.status + '）'));
            });
            </script>""").append(Pages.end()).toString();
  }

  private void administratorsOnly() {
    List<String> groups = CurrentUser.groups(identityService);
    if (!groups.contains(Groups.ADMINISTRATORS)) {
      throw Refusal.forbidden("只有系统管理员可以办理离职转办。");
    }
  }
}

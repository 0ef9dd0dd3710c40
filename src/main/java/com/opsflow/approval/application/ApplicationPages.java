package com.opsflow.approval.application;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;

import com.opsflow.kernel.Pages;

/** The pages of an application, of 抄送我的 and of 我的申请, in the frame every read-only page shares. */
final class ApplicationPages {

  private ApplicationPages() {
  }

  static String application(ApplicationView view, String csrfToken) {
    StringBuilder html = Pages.start(view.process() + (view.businessKey() == null ? "" : " " + view.businessKey()));
    html.append("<table>")
        .append(Pages.row("流程", view.process()))
        .append(Pages.row("编号", view.businessKey()))
        .append(Pages.row("状态", view.state()))
        .append(Pages.row("申请人", view.initiator()))
        .append(Pages.row("发起时间", view.startedAt()))
        .append(Pages.row("抄送", String.join("、", view.copiedTo())))
        .append("</table>");
    if (!view.openSteps().isEmpty()) {
      html.append("<h2>当前环节</h2><table><tr><th>环节</th><th>办理人</th><th>办理期限</th></tr>");
      view.openSteps().forEach(step -> html.append("<tr><td>").append(htmlEscape(step.step())).append("</td><td>")
          .append(htmlEscape(step.assignee())).append("</td><td>").append(htmlEscape(step.due())).append("</td></tr>"));
      html.append("</table>");
    }
    if (!view.openSteps().isEmpty()) {
      html.append("<h2>后续环节（各环节均同意时）</h2>");
      if (view.routeAhead().isEmpty()) {
        html.append("<p>当前环节之后无需再审批。</p>");
      } else {
        html.append("<table><tr><th>环节</th><th>将由谁办理</th></tr>");
        view.routeAhead().forEach(step -> html.append("<tr><td>").append(htmlEscape(step.step())).append("</td><td>")
            .append(htmlEscape(step.deciders())).append("</td></tr>"));
        html.append("</table>");
      }
    }
    html.append("<h2>审批记录</h2><table><tr><th>时间</th><th>人员</th><th>内容</th></tr>");
    view.history().forEach(event -> html.append("<tr><td>").append(htmlEscape(event.time())).append("</td><td>")
        .append(htmlEscape(event.person())).append("</td><td>").append(htmlEscape(event.what())).append("</td></tr>"));
    html.append("</table>");
    attachments(html, view, csrfToken);
    String id = htmlEscape(view.processInstanceId());
    return html.append("<p class=\"no-print\"><a class=\"sheet\" href=\"/api/applications/").append(id)
        .append("/sheet\">打印审批单</a> · <a class=\"sheet-pdf\" href=\"/api/applications/").append(id)
        .append("/sheet.pdf\">下载审批单（PDF）</a></p>")
        .append("<p><a href=\"/api/applications\">我的申请</a> · <a href=\"/api/cc\">抄送我的</a> · <a href=\"/camunda/app/tasklist/\">任务中心</a></p>"
        + "</main></body></html>").toString();
  }

  /** The files, each a download link; an upload form for whoever works on the application while it runs. */
  private static void attachments(StringBuilder html, ApplicationView view, String csrfToken) {
    html.append("<h2>附件</h2>");
    if (view.attachments().isEmpty()) {
      html.append("<p>暂无附件。</p>");
    } else {
      html.append("<table class=\"attachments\"><tr><th>文件</th><th>大小</th><th>环节</th><th>上传人</th><th>上传时间</th></tr>");
      view.attachments().forEach(file -> html.append("<tr><td><a href=\"").append(htmlEscape(file.url())).append("\">")
          .append(htmlEscape(file.name())).append("</a></td><td>").append(htmlEscape(file.size())).append("</td><td>")
          .append(htmlEscape(file.step())).append("</td><td>").append(htmlEscape(file.uploadedBy())).append("</td><td>")
          .append(htmlEscape(file.uploadedAt())).append("</td></tr>"));
      html.append("</table>");
    }
    if (!view.mayAttach()) {
      return;
    }
    html.append("<form id=\"upload\" class=\"no-print\"><label>添加附件 <input type=\"file\" name=\"file\"></label> "
        + "<button type=\"submit\">上传</button> <span id=\"upload-message\" role=\"status\"></span></form><script>const csrf = '")
        .append(htmlEscape(csrfToken)).append("';")
        .append("""
            document.getElementById('upload').addEventListener('submit', async event => {
              event.preventDefault();
              const answer = await fetch(location.pathname + '/attachments', { method: 'POST', credentials: 'same-origin',
                headers: { 'X-XSRF-TOKEN': csrf, 'Accept': 'application/json' }, body: new FormData(event.target) });
              const body = await answer.json().catch(() => ({}));
              document.getElementById('upload-message').textContent = body.message || ('上传失败（' + answer.status + '）');
              if (answer.ok) { setTimeout(() => location.reload(), 800); }
            });
            </script>""");
  }

  static String carbonCopies(String reader, List<ApprovalOperationsController.CarbonCopyEntry> entries) {
    StringBuilder html = Pages.start("抄送我的");
    html.append("<p>").append(htmlEscape(reader)).append("，以下申请抄送给您知悉（只读）。</p>");
    if (entries.isEmpty()) {
      return html.append("<p>暂无抄送。</p></main></body></html>").toString();
    }
    html.append("<table><tr><th>抄送时间</th><th>流程</th><th>编号</th><th>抄送人</th><th>说明</th></tr>");
    entries.forEach(entry -> html.append("<tr><td>").append(htmlEscape(entry.copiedAt())).append("</td><td><a href=\"/api/applications/")
        .append(htmlEscape(entry.processInstanceId())).append("\">").append(htmlEscape(entry.process())).append("</a></td><td>")
        .append(htmlEscape(entry.businessKey() == null ? "" : entry.businessKey())).append("</td><td>")
        .append(htmlEscape(entry.from())).append("</td><td>").append(htmlEscape(entry.note() == null ? "" : entry.note()))
        .append("</td></tr>"));
    return html.append("</table></main></body></html>").toString();
  }

  static String myApplications(String reader, List<MyApplications.MyApplication> applications, String csrfToken) {
    StringBuilder html = Pages.start("我的申请");
    html.append("<p>").append(htmlEscape(reader)).append("发起的申请：进行中的全部，已结束的最近 ").append(MyApplications.ENDED_SHOWN)
        .append(" 项。审批人处理之前可以撤回；等待审批时可以催办。</p><p id=\"message\" role=\"status\"></p>");
    if (applications.isEmpty()) {
      return html.append("<p>暂无申请。</p></main></body></html>").toString();
    }
    html.append("<table><tr><th>发起时间</th><th>流程</th><th>编号</th><th>状态</th><th>等待</th><th>操作</th></tr>");
    for (MyApplications.MyApplication application : applications) {
      String id = htmlEscape(application.processInstanceId());
      html.append("<tr><td>").append(htmlEscape(application.startedAt())).append("</td><td><a href=\"/api/applications/")
          .append(id).append("\">").append(htmlEscape(application.process())).append("</a></td><td>")
          .append(htmlEscape(application.businessKey() == null ? "" : application.businessKey())).append("</td><td>")
          .append(htmlEscape(application.state())).append("</td><td>")
          .append(htmlEscape(String.join("、", application.waitingAt()))).append("</td><td>");
      if (application.withdrawable()) {
        html.append("<button data-action=\"withdraw\" data-id=\"").append(id).append("\">撤回</button> ");
      }
      if (application.running() && !application.waitingAt().isEmpty()) {
        html.append("<button data-action=\"remind\" data-id=\"").append(id).append("\">催办</button>");
      }
      html.append("</td></tr>");
    }
    return html.append("</table><script>const csrf = '").append(htmlEscape(csrfToken)).append("';")
        .append("""
            // asked on the page, not with confirm(): Tasklist's link opens this page in a tab that inherits its
            // sandbox, where the browser ignores modal dialogs
            const message = document.getElementById('message');
            document.querySelectorAll('button[data-action]').forEach(button => button.addEventListener('click', async () => {
              if (button.dataset.action === 'withdraw' && button.dataset.confirmed !== 'yes') {
                button.dataset.confirmed = 'yes';
                button.textContent = '确认撤回';
                const cancel = document.createElement('button');
                cancel.textContent = '取消';
                cancel.dataset.cancel = button.dataset.id;
                cancel.addEventListener('click', () => {
                  delete button.dataset.confirmed;
                  button.textContent = '撤回';
                  cancel.remove();
                  message.textContent = '';
                });
                button.after(' ', cancel);
                message.textContent = '确定撤回这项申请吗？撤回后流程结束。再点“确认撤回”即撤回。';
                return;
              }
              const answer = await fetch('/api/applications/' + button.dataset.id + '/' + button.dataset.action,
                { method: 'POST', headers: { 'X-XSRF-TOKEN': csrf, 'Accept': 'application/json' }, credentials: 'same-origin' });
              const body = await answer.json().catch(() => ({}));
              message.textContent = body.message || ('操作失败（' + answer.status + '）');
              if (answer.ok && button.dataset.action === 'withdraw') { setTimeout(() => location.reload(), 800); }
            }));
            </script></main></body></html>""").toString();
  }
}

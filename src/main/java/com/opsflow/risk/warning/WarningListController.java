package com.opsflow.risk.warning;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.Pages;

/**
 * 预警一览 (OM-5.3: 运营部 reviews warnings periodically): open ones first, 报警 before 预警; {@code ?status=open}
 * for the open ones only. Each department sees its own; 运营部, 管理层, 运营督导 and 数据分析部 all.
 */
@RestController
class WarningListController {

  private final WarningLedger ledger;

  WarningListController(WarningLedger ledger) {
    this.ledger = ledger;
  }

  @GetMapping(path = "/api/risk-warnings", produces = MediaType.APPLICATION_JSON_VALUE)
  List<WarningLedger.Row> list(@RequestParam(required = false) String status, @RequestParam(required = false) String department) {
    return ledger.list(status, department);
  }

  @GetMapping(path = "/api/risk-warnings", produces = "text/html;charset=UTF-8")
  String page(@RequestParam(required = false) String status, @RequestParam(required = false) String department) {
    List<WarningLedger.Row> rows = list(status, department);
    StringBuilder html = Pages.start("风险预警");
    if (rows.isEmpty()) {
      return html.append("<p>没有符合条件的预警。</p>").append(Pages.end()).toString();
    }
    html.append("<table><tr><th>编号</th><th>类型</th><th>部门</th><th>级别</th><th>状态</th><th>预警事项</th>"
        + "<th>最近数值</th><th>数值个数</th><th>发出时间</th><th>关闭时间</th></tr>");
    rows.forEach(row -> html.append("<tr>").append(Pages.cells(row.number(), row.kind(), row.department(), row.level(),
        row.status(), row.subject(), row.latestValue(), String.valueOf(row.values()), row.raisedAt(), row.closedAt()))
        .append("</tr>"));
    return html.append("</table><p>共 ").append(rows.size()).append(" 项。</p>").append(Pages.end()).toString();
  }
}

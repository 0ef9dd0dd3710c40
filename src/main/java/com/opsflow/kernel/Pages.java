package com.opsflow.kernel;


import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * The frame of the read-only pages a link in an e-mail or Tasklist opens: the company's header as Tasklist shows it,
 * with the way back to 任务中心, 我的申请 and 抄送我的; plain HTML, every value escaped.
 */
public final class Pages {

  private static final String STYLE = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:0;color:#333}"
      + "header{display:flex;align-items:center;justify-content:space-between;border-top:3px solid #b5152b;"
      + "box-shadow:0 2px 4px rgba(0,0,0,.15);padding:.6em 2em;background:#fff}"
      + "header strong{font-size:1.2em;font-weight:normal}header nav a{margin-left:1.5em;color:#333;text-decoration:none}"
      + "header nav a:hover{text-decoration:underline}main{margin:1.5em 2em}"
      + "@media print{header,.no-print{display:none}main{margin:0}}"
      + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.4em .8em;text-align:left}"
      + "th{background:#f3f3f3}h1{font-size:1.4em}";

  private Pages() {
  }

  /** A page's head and its title as the first heading; the caller appends the body and {@link #end()}. */
  public static StringBuilder start(String title) {
    return new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
        .append(htmlEscape(title)).append(" - 运营管理流程平台</title><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<style>").append(STYLE).append("</style></head><body>")
        .append("<header><strong>运营管理流程平台</strong><nav><a href=\"/camunda/app/tasklist/\">任务中心</a>")
        .append("<a href=\"/api/applications\">我的申请</a><a href=\"/api/cc\">抄送我的</a></nav></header><main><h1>")
        .append(htmlEscape(title)).append("</h1>");
  }

  /** The closing of a page from {@link #start(String)}. */
  public static String end() {
    return "</main></body></html>";
  }

  /** A table row "label | value", the value escaped. */
  public static String row(String label, String value) {
    return "<tr><th>" + label + "</th><td>" + htmlEscape(value == null ? "" : value) + "</td></tr>";
  }

  /** Table cells of a row, each value escaped; a missing value is an empty cell. */
  public static String cells(String... values) {
    StringBuilder row = new StringBuilder();
    for (String value : values) {
      row.append("<td>").append(htmlEscape(value == null ? "" : value)).append("</td>");
    }
    return row.toString();
  }
}

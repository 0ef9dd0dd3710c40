package com.opsflow.kernel;


import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** The frame of the read-only pages a link in an e-mail or Tasklist opens: plain HTML, every value escaped. */
public final class Pages {

  private static final String STYLE = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#333}"
      + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.4em .8em;text-align:left}"
      + "th{background:#f3f3f3}h1{font-size:1.4em}";

  private Pages() {
  }

  /** A page's head and its title as the first heading; the caller appends the body and {@link #end()}. */
  public static StringBuilder start(String title) {
    return new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
        .append(htmlEscape(title)).append(" - 运营管理流程平台</title><style>").append(STYLE).append("</style></head><body><h1>")
        .append(htmlEscape(title)).append("</h1>");
  }

  /** The closing of a page from {@link #start(String)}. */
  public static String end() {
    return "</body></html>";
  }

  /** A table row "label | value", the value escaped. */
  public static String row(String label, String value) {
    return "<tr><th>" + label + "</th><td>" + htmlEscape(value == null ? "" : value) + "</td></tr>";
  }
}

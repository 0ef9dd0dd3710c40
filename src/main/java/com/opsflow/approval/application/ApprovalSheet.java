package com.opsflow.approval.application;

import static org.springframework.web.util.HtmlUtils.htmlEscapeDecimal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * 审批单: an application on one sheet as a Chinese office files it — the company, the record's content, every decision
 * (who, when, what), the attachments, and a QR code leading back to the application. Written as XHTML, so that the
 * same sheet prints from the browser and becomes the PDF.
 */
record ApprovalSheet(String company, ApplicationView view, List<ApplicationContent.Item> content, String link,
    String printedAt) {

  static final String FONT_FAMILY = "Droid Sans Fallback";

  /** The sheet as its own page: for the PDF, or for the browser with its print and download buttons. */
  String xhtml(boolean withButtons) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>"
        + "<meta charset=\"UTF-8\"/><title>").append(esc(title())).append("</title><style>").append(STYLE)
        .append("</style></head><body>");
    if (withButtons) {
      String id = esc(view.processInstanceId());
      html.append("<p class=\"no-print\"><button type=\"button\" onclick=\"window.print()\">打印</button> "
          + "<a href=\"/api/applications/").append(id).append("/sheet.pdf\">下载 PDF</a> · <a href=\"/api/applications/")
          .append(id).append("\">返回申请</a></p>");
    }
    html.append("<div class=\"company\">").append(esc(company)).append("</div><h1>").append(esc(title())).append("</h1>");
    html.append("<table class=\"facts\"><tr><th>编号</th><td>").append(esc(view.businessKey()))
        .append("</td><th>状态</th><td>").append(esc(view.state())).append("</td></tr><tr><th>申请人</th><td>")
        .append(esc(view.initiator())).append("</td><th>发起时间</th><td>").append(esc(view.startedAt()))
        .append("</td></tr>");
    if (!view.copiedTo().isEmpty()) {
      html.append("<tr><th>抄送</th><td colspan=\"3\">").append(esc(String.join("、", view.copiedTo()))).append("</td></tr>");
    }
    html.append("</table><h2>申请内容</h2>");
    if (content.isEmpty()) {
      html.append("<p>（无表单内容）</p>");
    }
    html.append("<table class=\"content\">");
    for (ApplicationContent.Item item : content) {
      if (item.columns().isEmpty()) {
        html.append("<tr><th>").append(esc(item.label())).append("</th><td>").append(esc(item.value())).append("</td></tr>");
        continue;
      }
      html.append("<tr><th>").append(esc(item.label())).append("</th><td><table class=\"list\"><tr>");
      item.columns().forEach(column -> html.append("<th>").append(esc(column)).append("</th>"));
      html.append("</tr>");
      item.rows().forEach(row -> {
        html.append("<tr>");
        row.forEach(cell -> html.append("<td>").append(esc(cell)).append("</td>"));
        html.append("</tr>");
      });
      html.append("</table></td></tr>");
    }
    html.append("</table><h2>审批记录</h2><table class=\"trail\"><tr><th class=\"time\">时间</th><th class=\"person\">人员</th>"
        + "<th>审批意见</th></tr>");
    view.history().forEach(event -> html.append("<tr><td>").append(esc(event.time())).append("</td><td>")
        .append(esc(event.person())).append("</td><td>").append(esc(event.what())).append("</td></tr>"));
    html.append("</table><h2>附件</h2>");
    if (view.attachments().isEmpty()) {
      html.append("<p>无附件。</p>");
    } else {
      html.append("<table class=\"files\"><tr><th>文件</th><th>大小</th><th>环节</th><th>上传人</th><th>上传时间</th></tr>");
      view.attachments().forEach(file -> html.append("<tr><td>").append(esc(file.name())).append("</td><td>")
          .append(esc(file.size())).append("</td><td>").append(esc(file.step())).append("</td><td>")
          .append(esc(file.uploadedBy())).append("</td><td>").append(esc(file.uploadedAt())).append("</td></tr>"));
      html.append("</table>");
    }
    html.append("<table class=\"footer\"><tr><td><img class=\"qr\" alt=\"扫码查看申请\" src=\"").append(qrCode(link))
        .append("\"/></td><td>扫码或打开链接查看申请及最新审批记录：<br/>").append(esc(link)).append("<br/>打印时间：")
        .append(esc(printedAt)).append("</td></tr></table></body></html>");
    return html.toString();
  }

  String title() {
    return view.process() + (view.process().endsWith("审批") ? "单" : "审批单"); // 运营计划审批 → 运营计划审批单

  }

  private static String esc(String text) {
    // decimal references only: the PDF renderer reads the sheet as XML, which knows no HTML named entities
    return text == null ? "" : htmlEscapeDecimal(text);
  }

  private static String qrCode(String link) {
    try {
      var matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 160, 160, Map.of(EncodeHintType.MARGIN, 1));
      BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      for (int x = 0; x < matrix.getWidth(); x++) {
        for (int y = 0; y < matrix.getHeight(); y++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "PNG", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (WriterException | IOException unwritable) {
      throw new UncheckedIOException(new IOException(unwritable));
    }
  }

  private static final String STYLE = "@page{size:A4;margin:14mm 14mm 16mm 14mm}"
      + "body{font-family:'" + FONT_FAMILY + "','Noto Sans CJK SC','Microsoft YaHei',sans-serif;font-size:10pt;color:#000}"
      + ".company{text-align:center;font-size:12pt;letter-spacing:2pt}h1{text-align:center;font-size:16pt;margin:4pt 0 10pt}"
      + "h2{font-size:11pt;margin:10pt 0 4pt}table{width:100%;border-collapse:collapse}"
      + "td,th{border:1px solid #444;padding:3pt 5pt;text-align:left;vertical-align:top}th{background:#eee;font-weight:normal}"
      + ".facts th,.content>tbody>tr>th,.content>tr>th{width:18%}.trail .time{width:22%}.trail .person{width:14%}"
      + "table.list td,table.list th{border:1px solid #999}.footer td{border:none;vertical-align:middle}"
      + ".footer{margin-top:12pt}.qr{width:22mm;height:22mm}.no-print{margin:0 0 8pt}"
      + "@media screen{body{max-width:190mm;margin:1em auto}}@media print{.no-print{display:none}}";
}

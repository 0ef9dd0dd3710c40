package com.opsflow.approval.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Privileged;
import com.opsflow.notification.NotificationLinks;

/**
 * Makes the 审批单 of an application for whoever may read it (the same rule as its page): as a page to print, and as a
 * PDF drawn with the CJK font shipped in the jar (Droid Sans Fallback, Apache 2.0), so the Chinese renders on a server
 * without fonts of its own.
 */
@Service
class ApprovalSheets {

  private static final byte[] FONT = font();

  private final ApplicationViews views;
  private final ApplicationContent content;
  private final HistoryService historyService;
  private final Privileged privileged;
  private final NotificationLinks links;
  private final CompanyClock clock;
  private final String company;

  ApprovalSheets(ApplicationViews views, ApplicationContent content, HistoryService historyService, Privileged privileged,
      NotificationLinks links, CompanyClock clock, @Value("${opsflow.company-name}") String company) {
    this.views = views;
    this.content = content;
    this.historyService = historyService;
    this.privileged = privileged;
    this.links = links;
    this.clock = clock;
    this.company = company;
  }

  @Transactional(readOnly = true)
  ApprovalSheet of(String processInstanceId, String caller) {
    ApplicationView view = views.view(processInstanceId, caller);
    var instance = privileged.call(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult());
    return new ApprovalSheet(company, view, content.of(instance), links.application(processInstanceId),
        clock.format(clock.now()));
  }

  byte[] pdf(ApprovalSheet sheet) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> new ByteArrayInputStream(FONT), ApprovalSheet.FONT_FAMILY);
      builder.withHtmlContent(sheet.xhtml(false), null);
      builder.withProducer("opsflow");
      builder.toStream(pdf);
      builder.run();
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
    return pdf.toByteArray();
  }

  private static byte[] font() {
    try (InputStream in = ApprovalSheets.class.getResourceAsStream("/fonts/DroidSansFallback.ttf")) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException missing) {
      throw new IllegalStateException("the CJK font for PDFs is missing from the jar: /fonts/DroidSansFallback.ttf", missing);
    }
  }
}

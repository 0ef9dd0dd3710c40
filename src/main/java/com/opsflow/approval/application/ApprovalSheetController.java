package com.opsflow.approval.application;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CurrentUser;

/** 审批单: {@code /api/applications/{id}/sheet} to print from the browser, {@code …/sheet.pdf} to download and file. */
@RestController
class ApprovalSheetController {

  private final ApprovalSheets sheets;
  private final IdentityService identityService;

  ApprovalSheetController(ApprovalSheets sheets, IdentityService identityService) {
    this.sheets = sheets;
    this.identityService = identityService;
  }

  @GetMapping(path = "/api/applications/{id}/sheet", produces = "text/html;charset=UTF-8")
  String sheet(@PathVariable String id) {
    return sheets.of(id, caller()).xhtml(true);
  }

  @GetMapping("/api/applications/{id}/sheet.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String id) {
    ApprovalSheet sheet = sheets.of(id, caller());
    String name = sheet.title() + (sheet.view().businessKey() == null ? "" : "-" + sheet.view().businessKey()) + ".pdf";
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
            .build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(sheets.pdf(sheet));
  }

  private String caller() {
    return CurrentUser.required(identityService);
  }
}

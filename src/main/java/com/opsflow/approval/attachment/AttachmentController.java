package com.opsflow.approval.attachment;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Organisation;

/**
 * 附件 over HTTP (as the caller, see {@code ApiAuthentication}): list and upload beside a task (Tasklist's 附件 tab) or
 * on the application, download, delete. A file is sent back with the type its content was found to be, never
 * sniffed by the browser, and shown in the browser only when it is a picture or a PDF.
 */
@RestController
class AttachmentController {

  record AttachmentView(long id, String name, String type, long size, String sizeText, String uploadedBy, String step,
      String uploadedAt, boolean deletable, String url) {
  }

  private final ApplicationFiles files;
  private final IdentityService identityService;
  private final Organisation org;
  private final CompanyClock clock;
  private final AttachmentRules rules;

  AttachmentController(ApplicationFiles files, IdentityService identityService, Organisation org, CompanyClock clock,
      AttachmentRules rules) {
    this.rules = rules;
    this.files = files;
    this.identityService = identityService;
    this.org = org;
    this.clock = clock;
  }

  @GetMapping("/api/applications/{id}/attachments")
  List<AttachmentView> ofApplication(@PathVariable String id) {
    String caller = caller();
    return files.of(id, caller).stream().map(a -> view(a, caller)).toList();
  }

  @PostMapping("/api/applications/{id}/attachments")
  Map<String, Object> attachToApplication(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    String caller = caller();
    Attachment attachment = files.attachToApplication(id, caller, name(file), file.getInputStream(), file.getSize());
    return Map.of("message", "已上传附件“" + attachment.fileName() + "”。", "attachment", view(attachment, caller));
  }

  @GetMapping("/api/tasks/{id}/attachments")
  List<AttachmentView> ofTask(@PathVariable String id) {
    String caller = caller();
    return files.ofTask(id, caller).stream().map(a -> view(a, caller)).toList();
  }

  @PostMapping("/api/tasks/{id}/attachments")
  Map<String, Object> attachToTask(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    String caller = caller();
    Attachment attachment = files.attachToTask(id, caller, name(file), file.getInputStream(), file.getSize());
    return Map.of("message", "已上传附件“" + attachment.fileName() + "”。", "attachment", view(attachment, caller));
  }

  @GetMapping("/api/attachments/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    ApplicationFiles.Download download = files.open(id, caller());
    Attachment attachment = download.attachment();
    boolean shown = attachment.contentType().startsWith("image/") || attachment.contentType().equals("application/pdf");
    var answer = ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, (shown ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    if (!attachment.contentType().equals("application/pdf")) {
      answer.header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'");
    }
    return answer.body(download.content());
  }

  /** What the upload form tells people before they choose a file. */
  @GetMapping("/api/attachment-rules")
  Map<String, String> rules() {
    caller();
    return Map.of("maxSize", UploadedFile.megabytes(rules.maxSize().toBytes()),
        "message", "可上传 PDF、图片（PNG、JPEG、GIF、WebP）、Word、Excel、PowerPoint 和文本文件，单个文件不超过 "
            + UploadedFile.megabytes(rules.maxSize().toBytes()) + "。本环节办理完毕前，上传人可以删除自己上传的附件。");
  }

  @DeleteMapping("/api/attachments/{id}")
  Map<String, String> delete(@PathVariable long id) {
    Attachment deleted = files.delete(id, caller());
    return Map.of("message", "已删除附件“" + deleted.fileName() + "”。");
  }

  private AttachmentView view(Attachment attachment, String caller) {
    return new AttachmentView(attachment.id(), attachment.fileName(), attachment.contentType(), attachment.size(),
        attachment.sizeText(), org.displayName(attachment.uploadedBy()),
        attachment.step() == null ? "申请" : attachment.step(), clock.format(attachment.uploadedAt()),
        files.deletable(attachment, caller), "/api/attachments/" + attachment.id());
  }

  private static String name(MultipartFile file) {
    if (file == null) {
      throw Refusal.badRequest("请选择要上传的文件。");
    }
    return file.getOriginalFilename();
  }

  private String caller() {
    return CurrentUser.required(identityService);
  }
}

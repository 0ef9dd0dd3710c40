package com.opsflow.approval.attachment;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file far beyond any limit is refused while the request is read, before a controller is chosen — so this advice
 * is not limited to our packages, as {@code RefusalAnswers} is, and answers in our words rather than Spring's.
 */
@RestControllerAdvice
class TooLargeUploads {

  private final AttachmentRules rules;

  TooLargeUploads(AttachmentRules rules) {
    this.rules = rules;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException tooLarge) {
    return ResponseEntity.badRequest().body(Map.of("type", "Refusal",
        "message", "文件超过大小限制（最大 " + UploadedFile.megabytes(rules.maxSize().toBytes()) + "）。"));
  }
}

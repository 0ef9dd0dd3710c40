package com.opsflow.kernel;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;


/** Our endpoints answer refusals the way Camunda's REST API does: {@code {"type", "message"}}, message in Chinese. */
@RestControllerAdvice(basePackages = "com.opsflow")
class RefusalAnswers {

  @ExceptionHandler(Refusal.class)
  ResponseEntity<Map<String, String>> refused(Refusal refusal) {
    return ResponseEntity.status(refusal.status()).body(Map.of("type", "Refusal", "message", refusal.getMessage()));
  }

  @ExceptionHandler(SubmissionRefused.class)
  ResponseEntity<Map<String, String>> refused(SubmissionRefused refusal) {
    return ResponseEntity.badRequest().body(Map.of("type", "SubmissionRefused", "message", String.join("；", refusal.reasons())));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException unreadable) {
    return ResponseEntity.badRequest().body(Map.of("type", "Refusal", "message", "请求内容不是有效的 JSON，或字段类型不正确。"));
  }
}

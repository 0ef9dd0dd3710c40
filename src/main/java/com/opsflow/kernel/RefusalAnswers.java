package com.opsflow.kernel;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;


/**
 * Our endpoints answer refusals the way Camunda's REST API does: {@code {"type", "message"}}, message in Chinese — and
 * a browser opening one of our pages gets the message as a page in the company's frame.
 */
@RestControllerAdvice(basePackages = "com.opsflow")
class RefusalAnswers {

  @ExceptionHandler(Refusal.class)
  ResponseEntity<?> refused(Refusal refusal, HttpServletRequest request) {
    return answer(refusal.status(), "Refusal", refusal.getMessage(), request);
  }

  @ExceptionHandler(SubmissionRefused.class)
  ResponseEntity<?> refused(SubmissionRefused refusal, HttpServletRequest request) {
    return answer(HttpStatus.BAD_REQUEST, "SubmissionRefused", String.join("；", refusal.reasons()), request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException unreadable) {
    return ResponseEntity.badRequest().body(Map.of("type", "Refusal", "message", "请求内容不是有效的 JSON，或字段类型不正确。"));
  }

  private static ResponseEntity<?> answer(HttpStatus status, String type, String message, HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
      return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
          .body(Pages.start(status == HttpStatus.NOT_FOUND ? "没有找到" : "无法办理").append("<p>").append(htmlEscape(message))
              .append("</p>").append(Pages.end()).toString());
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("type", type, "message", message));
  }
}

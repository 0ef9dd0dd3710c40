package com.opsflow.webapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat accepts requests before the processes are deployed and the organisation, its authorizations
 * and the demo work exist (they are made by runners after the web server started). Until the
 * application is ready every request is answered 503 "系统正在启动" with {@code Retry-After}, so a
 * login in that window is told to wait instead of refused, and a load balancer's health check sees
 * the node as not ready yet. (Spring Boot registers this filter for every path.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before authentication: nothing is worked on before the application is ready
class StartupGate extends OncePerRequestFilter {

  static final String RETRY_AFTER_SECONDS = "3";
  static final String MESSAGE = "系统正在启动，请稍候再试。";

  private final AtomicBoolean ready = new AtomicBoolean();

  @EventListener(ApplicationReadyEvent.class)
  void open() {
    ready.set(true);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (ready.get()) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      // the page asks again by itself: the user who opened it need not know when start-up ends
      response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
          + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>运营管理流程平台</title></head>"
          + "<body style=\"font-family:sans-serif;margin:3em\"><h1>" + MESSAGE + "</h1>"
          + "<p>页面将自动刷新。</p></body></html>");
    } else {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getWriter().write("{\"type\":\"Starting\",\"message\":\"" + MESSAGE + "\"}");
    }
  }
}

package com.opsflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine's own task attachments are closed, in its REST API and in the web apps' copy of it: they would take any
 * file unchecked and serve it to whoever may read the task. 附件 go through {@code /api/…/attachments}, which checks
 * the content and lets whoever may read the application read its files.
 */
@Configuration
class EngineAttachmentsClosed {

  private static final Pattern ATTACHMENTS = Pattern.compile(".*/task/[^/]+/attachment(/.*)?");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineAttachmentsClosedFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (ATTACHMENTS.matcher(request.getRequestURI()).matches()) {
          response.setStatus(HttpServletResponse.SC_FORBIDDEN);
          response.setContentType("application/json;charset=UTF-8");
          response.getOutputStream().write(("{\"type\":\"Refusal\",\"message\":\"请通过本系统的附件功能上传和查看附件"
              + "（/api/tasks/{任务编号}/attachments）。\"}").getBytes(StandardCharsets.UTF_8));
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setName("opsflow-engine-attachments-closed");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }
}

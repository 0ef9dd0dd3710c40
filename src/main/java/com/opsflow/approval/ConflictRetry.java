package com.opsflow.approval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;


/**
 * Two reviewers of a 会签 submitting at the same moment both change the round's counters; the engine lets
 * one through and rolls the other back with an optimistic-locking conflict. Two employees submitting at the same
 * moment may number their records alike (the load test found two projects numbered PRJ-2026-014); the unique number
 * rolls one back. A rolled-back submission changed nothing, so it is simply sent again (up to {@value #ATTEMPTS}
 * times) instead of showing an error. Start forms and task submissions, on the REST API and the web apps' API.
 */
@Configuration
class ConflictRetry {

  static final int ATTEMPTS = 4;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> optimisticLockingRetry() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("opsflow-conflict-retry");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // inside authentication (it must run as the caller every time), outside everything that writes the answer
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  private static final class Filter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String uri = request.getRequestURI();
      return !"POST".equals(request.getMethod())
          || !(uri.endsWith("/submit-form") || uri.endsWith("/complete") || uri.endsWith("/resolve"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] body = request.getInputStream().readAllBytes();
      for (int attempt = 1; ; attempt++) {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(new ReplayedRequest(request, body), answer);
        if (attempt < ATTEMPTS && conflict(answer)) {
          answer.resetBuffer();
          answer.setStatus(HttpServletResponse.SC_OK);
          continue;
        }
        answer.copyBodyToResponse();
        return;
      }
    }

    private static boolean conflict(ContentCachingResponseWrapper answer) {
      if (answer.getStatus() < 500) {
        return false;
      }
      // Camunda's REST layer reports it as a failed submission whose reason is the engine's ENGINE-03005; a record
      // numbered in the same instant as another's (PRJ-2026-014 twice: numbers count the year's records) is refused by
      // its unique number, H2's and PostgreSQL's words — sent again, it takes the next number
      String body = new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8);
      return body.contains("OptimisticLockingException") || body.contains("ENGINE-03005")
          || body.contains("Unique index or primary key violation") || body.contains("duplicate key value violates");
    }
  }
}

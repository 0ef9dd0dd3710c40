package com.opsflow.approval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST layer prefixes a refused form submission with English ("Cannot submit task form
 * 4711: …"). Tasklist shows that message to the employee, so for refused submissions (400 on a
 * submit or complete call) this strips the prefix and leaves our Chinese reason. Applies to the
 * public REST API and to the API the webapps use.
 */
@Configuration
class RefusalMessageFilter {

  static final Pattern CAMUNDA_PREFIX = Pattern.compile(
      "^Cannot (?:submit task form|complete task|instantiate process definition|resolve task) \\S+: (.*)$",
      Pattern.DOTALL);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> refusalMessages(ObjectMapper objectMapper) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(objectMapper));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  static String withoutPrefix(String message) {
    Matcher matcher = CAMUNDA_PREFIX.matcher(message);
    return matcher.matches() ? matcher.group(1) : message;
  }

  private static final class Filter extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;

    Filter(ObjectMapper objectMapper) {
      this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String uri = request.getRequestURI();
      return !"POST".equals(request.getMethod())
          || !(uri.endsWith("/submit-form") || uri.endsWith("/complete") || uri.endsWith("/resolve"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapper);
      if (wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST && wrapper.getContentSize() > 0) {
        try {
          var body = objectMapper.readTree(wrapper.getContentAsByteArray());
          if (body instanceof ObjectNode error && error.hasNonNull("message")) {
            error.put("message", withoutPrefix(error.get("message").asText()));
            wrapper.resetBuffer();
            wrapper.getOutputStream().write(objectMapper.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
          }
        } catch (IOException notJson) {
          // leave the body as Camunda wrote it
        }
      }
      wrapper.copyBodyToResponse();
    }
  }
}

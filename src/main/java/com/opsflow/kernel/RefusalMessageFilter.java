package com.opsflow.kernel;

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
 * submit or complete call) this strips the prefix and leaves our Chinese reason. A Java-serialized
 * object variable, which the engine refuses with a 500, becomes the client's error (400) it is.
 * Applies to the public REST API and to the API the webapps use.
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

  static final Pattern JAVA_SERIALIZATION = Pattern.compile("java serialization format is prohibited|ENGINE-17007",
      Pattern.CASE_INSENSITIVE);

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
      return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
    }

    private static boolean submission(HttpServletRequest request) {
      String uri = request.getRequestURI();
      return "POST".equals(request.getMethod())
          && (uri.endsWith("/submit-form") || uri.endsWith("/complete") || uri.endsWith("/resolve"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapper);
      if (wrapper.getStatus() >= HttpServletResponse.SC_BAD_REQUEST && wrapper.getContentSize() > 0) {
        try {
          var body = objectMapper.readTree(wrapper.getContentAsByteArray());
          if (body instanceof ObjectNode error && error.hasNonNull("message")) {
            String message = error.get("message").asText();
            if (JAVA_SERIALIZATION.matcher(message).find()) {
              // the engine refuses it (serialization is off) but answers 500: it is the client's error
              wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
              error.put("type", "SubmissionRefused");
              error.put("message", "不接受 Java 序列化的对象变量，请以 JSON 提交。");
            } else if (wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST && submission(request)) {
              error.put("message", withoutPrefix(message));
            } else {
              wrapper.copyBodyToResponse();
              return;
            }
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

package com.opsflow.approval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A task's variables come through its form ({@code submit-form}, where {@link OwnFieldsOnly} holds them to the form's
 * fields): {@code complete} and {@code resolve} with variables would write any variable past the form, so over HTTP
 * they are refused with variables (as Tasklist never sends them) and pass without.
 */
@Configuration
class VariablesThroughForms {

  static final String MESSAGE = "请通过任务表单提交（submit-form）：完成任务时不能直接写入流程变量。";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> variablesThroughFormsFilter(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(json));
    registration.setName("opsflow-variables-through-forms");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20); // after authentication, before the conflict retry
    return registration;
  }

  private static final class Filter extends OncePerRequestFilter {

    private final ObjectMapper json;

    Filter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String uri = request.getRequestURI();
      return !"POST".equals(request.getMethod()) || !uri.contains("/task/")
          || !(uri.endsWith("/complete") || uri.endsWith("/resolve"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] body = request.getInputStream().readAllBytes();
      JsonNode variables = body.length == 0 ? null : readQuietly(body).path("variables");
      if (variables != null && variables.isObject() && variables.size() > 0) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), Map.of("type", "RestException", "message", MESSAGE));
        return;
      }
      chain.doFilter(new ReplayedRequest(request, body), response);
    }

    private JsonNode readQuietly(byte[] body) {
      try {
        return json.readTree(body);
      } catch (IOException notJson) {
        return json.createObjectNode(); // the REST layer answers a body it cannot read itself
      }
    }
  }
}

package com.opsflow.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Boot Actuator under {@code /actuator}: the health check stays open (status only, for load
 * balancers and probes); metrics and everything else need HTTP Basic as a member of one of
 * {@code opsflow.security.monitoring-groups} (default: the administrators).
 */
@Configuration
class MonitoringAuthentication {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> monitoringAuthenticationFilter(ProcessEngine engine,
      @Value("${opsflow.security.monitoring-groups:camunda-admin}") List<String> monitoringGroups) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter(engine, monitoringGroups));
    registration.setName("opsflow-monitoring-basic-auth");
    registration.addUrlPatterns("/actuator/*");
    return registration;
  }

  private static final class Filter extends OncePerRequestFilter {

    private final ProcessEngine engine;
    private final List<String> monitoringGroups;
    private final HttpBasicAuthenticationProvider provider = new HttpBasicAuthenticationProvider();

    Filter(ProcessEngine engine, List<String> monitoringGroups) {
      this.engine = engine;
      this.monitoringGroups = monitoringGroups;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
        chain.doFilter(request, response);
        return;
      }
      AuthenticationResult result = provider.extractAuthenticatedUser(request, engine);
      if (!result.isAuthenticated()) {
        provider.augmentResponseByAuthenticationChallenge(response, engine);
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
      boolean monitors = engine.getIdentityService().createGroupQuery().groupMember(result.getAuthenticatedUser())
          .groupIdIn(monitoringGroups.toArray(String[]::new)).count() > 0;
      if (!monitors) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      chain.doFilter(request, response);
    }
  }
}

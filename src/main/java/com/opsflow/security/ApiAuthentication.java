package com.opsflow.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own read endpoints under {@code /api} authenticate the way {@code /engine-rest} does: HTTP Basic
 * against Camunda's users (Camunda's own provider), and the request runs as that user with their groups,
 * so the endpoints can apply the organisation's rules.
 */
@Configuration
class ApiAuthentication {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(engine));
    registration.setName("opsflow-api-basic-auth");
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  private static final class Filter extends OncePerRequestFilter {

    private final ProcessEngine engine;
    private final HttpBasicAuthenticationProvider provider = new HttpBasicAuthenticationProvider();

    Filter(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      AuthenticationResult result = provider.extractAuthenticatedUser(request, engine);
      if (!result.isAuthenticated()) {
        provider.augmentResponseByAuthenticationChallenge(response, engine);
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
      var identity = engine.getIdentityService();
      List<String> groups = identity.createGroupQuery().groupMember(result.getAuthenticatedUser()).list().stream()
          .map(Group::getId).toList();
      identity.setAuthentication(result.getAuthenticatedUser(), groups);
      try {
        chain.doFilter(request, response);
      } finally {
        identity.clearAuthentication();
      }
    }
  }
}

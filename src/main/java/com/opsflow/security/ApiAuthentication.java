package com.opsflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own endpoints under {@code /api} authenticate the way {@code /engine-rest} does: HTTP Basic
 * against Camunda's users (Camunda's own provider), and the request runs as that user with their groups,
 * so the endpoints can apply the organisation's rules. From the web apps (Tasklist's 审批操作 tab, the
 * pages an e-mail links to) the user's web app login counts too; a change made that way must carry the
 * web app's CSRF token, exactly as the web apps' own API demands.
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
      String user = request.getHeader("Authorization") == null ? webappUser(request) : null;
      if (user == null) {
        AuthenticationResult result = provider.extractAuthenticatedUser(request, engine);
        if (!result.isAuthenticated()) {
          provider.augmentResponseByAuthenticationChallenge(response, engine);
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
          return;
        }
        user = result.getAuthenticatedUser();
      } else if (!"GET".equals(request.getMethod()) && !csrfTokenMatches(request)) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "CSRF token missing or wrong");
        return;
      }
      var identity = engine.getIdentityService();
      List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      identity.setAuthentication(user, groups);
      try {
        chain.doFilter(request, response);
      } finally {
        identity.clearAuthentication();
      }
    }

    /** The user logged in to the web apps in this browser session, if any. */
    private String webappUser(HttpServletRequest request) {
      HttpSession session = request.getSession(false);
      if (session == null) {
        return null;
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      var authentication = authentications == null ? null
          : authentications.getAuthenticationForProcessEngine(engine.getName());
      return authentication == null ? null : authentication.getName();
    }

    private static boolean csrfTokenMatches(HttpServletRequest request) {
      Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
      String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
      return expected != null && sent != null && MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
          sent.getBytes(StandardCharsets.UTF_8));
    }
  }
}

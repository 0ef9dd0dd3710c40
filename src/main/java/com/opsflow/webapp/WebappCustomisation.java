package com.opsflow.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers the three files through which Camunda's web apps are customised, for all four apps:
 * {@code scripts/config.js} (app name, Chinese first, Chinese date formats, our custom script),
 * {@code opsflow/webapp.js} (the custom script) and {@code styles/user-styles.css}. The app's own
 * config.js is kept and only extended, so its defaults (e.g. Tasklist's shortcuts) stay.
 */
@Configuration
class WebappCustomisation {

  static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappCustomisationFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${opsflow.branding.name:运营管理流程平台}") String companyAppName) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Filter(webappPath, companyAppName));
    registration.addUrlPatterns(webappPath + "/app/*");
    registration.setOrder(0);
    return registration;
  }

  /** The navbar reads "运营管理流程平台 任务中心": the company's name, then the app's. */
  static String appNameOf(String app) {
    return switch (app) {
      case "tasklist" -> "任务中心";
      case "cockpit" -> "流程监控";
      case "admin" -> "系统管理";
      default -> "首页";
    };
  }

  static String configJs(String app, String companyAppName) {
    String original = read(WEBJAR + app + "/scripts/config.js");
    String ours = """
        export default {
          // opsflow: the company's name, Simplified Chinese first (English stays available with ?lang=en)
          app: { name: '%s', vendor: '%s' },
          locales: { availableLocales: ['zh', 'en'], fallbackLocale: 'zh' },
          dateFormat: { monthName: 'MMMM', day: 'D日', abbr: 'lll', normal: 'LLL', long: 'LLLL', short: 'LL' },
          customScripts: ['opsflow/webapp'],
        """.formatted(appNameOf(app), companyAppName.replace("'", "\\'"));
    return original.replaceFirst("export default \\{\\n?", Matcher.quoteReplacement(ours));
  }

  static String read(String classpathResource) {
    try (InputStream in = new ClassPathResource(classpathResource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Filter extends OncePerRequestFilter {

    private final Pattern customised;
    private final String companyAppName;

    Filter(String webappPath, String companyAppName) {
      this.customised = Pattern.compile(Pattern.quote(webappPath)
          + "/app/(tasklist|cockpit|admin|welcome)/(scripts/config\\.js|opsflow/webapp\\.js|styles/user-styles\\.css)");
      this.companyAppName = companyAppName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Matcher matcher = customised.matcher(request.getRequestURI().substring(request.getContextPath().length()));
      if (!matcher.matches()) {
        chain.doFilter(request, response);
        return;
      }
      String app = matcher.group(1);
      String body = switch (matcher.group(2)) {
        case "scripts/config.js" -> configJs(app, companyAppName);
        case "opsflow/webapp.js" -> read("webapp/opsflow-webapp.js");
        default -> read("webapp/user-styles.css");
      };
      response.setContentType(matcher.group(2).endsWith(".css") ? "text/css;charset=UTF-8" : "text/javascript;charset=UTF-8");
      response.setHeader("Cache-Control", "no-cache");
      response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
  }
}

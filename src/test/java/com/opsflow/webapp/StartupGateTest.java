package com.opsflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import com.opsflow.OpsflowApplication;
import com.opsflow.plan.OperationPlans;

/**
 * Issue 25, point 13: the quick start's server answers HTTP before the demo organisation and work
 * exist. A user who logs in in that window is told in Chinese that the system is starting; once it
 * answers, health is UP and a demo login works at once.
 *
 * <p>Runs in its own JVM: Camunda's web-app filters of every test context would otherwise find their
 * application context through a static field that this application's closing leaves pointing at a closed one.
 */
@Tag("standalone") // an application of its own: a JVM of its own, beside the cluster test (see pom.xml)
class StartupGateTest {

  private static final String ENGINE = "startupCheck";
  private static final Duration PATIENCE = Duration.ofSeconds(120);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void whileStartingEveryRequestIsAskedToWaitAndOnceAnsweredTheDemoLoginWorks() throws Exception {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    CountDownLatch seenStarting = new CountDownLatch(1);
    // the runners that create the organisation and the demo work run after this event: hold them until the
    // test has asked, so the window the user met is there on any machine, however fast
    ApplicationListener<ApplicationEvent> window = event -> {
      if (event instanceof WebServerInitializedEvent started) {
        port.complete(started.getWebServer().getPort());
      } else if (event instanceof ApplicationStartedEvent) {
        awaitQuietly(seenStarting);
      }
    };
    CompletableFuture<ConfigurableApplicationContext> application = CompletableFuture.supplyAsync(() ->
        new SpringApplicationBuilder(OpsflowApplication.class)
            .profiles("test", "demo")
            .listeners(window)
            // arguments, not default properties: they must win over application.yaml and the test profile
            .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:opsflow-startup;DB_CLOSE_DELAY=-1",
                // a name of its own in the JVM-wide engine registry, as in ProductionProfileTest
                "--camunda.bpm.process-engine-name=" + ENGINE, "--opsflow.demo.work=true",
                "--camunda.bpm.job-execution.enabled=true"));
    try {
      String base = "http://localhost:" + port.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/"))
          .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> login = login(base);
      seenStarting.countDown();

      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.headers().firstValue("Retry-After")).contains(StartupGate.RETRY_AFTER_SECONDS);
      assertThat(page.body()).contains("系统正在启动，请稍候再试。").contains("http-equiv=\"refresh\"");
      assertThat(login.statusCode()).isEqualTo(503);
      assertThat(login.body()).contains("系统正在启动");

      HttpResponse<String> health = firstAnswerOf(base + "/actuator/health");
      HttpResponse<String> loginOnceAnswered = login(base);

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"");
      assertThat(loginOnceAnswered.statusCode()).as(loginOnceAnswered.body()).isEqualTo(200);
      assertThat(loginOnceAnswered.body()).contains("\"userId\":\"wangfang\"");
      assertThat(application.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).getBean(OperationPlans.class).count())
          .as("the demo work is there when the server answers").isEqualTo(6);
    } finally {
      seenStarting.countDown();
      application.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).close();
    }
  }

  /** As Tasklist logs in: the page hands out a session and its CSRF token, the login form sends them back. */
  private HttpResponse<String> login(String base) throws Exception {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/" + ENGINE + "/")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpRequest.Builder login = HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/" + ENGINE + "/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=wangfang&password=demo"));
    String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
    if (!cookies.isEmpty()) {
      login.header("Cookie", cookies);
    }
    page.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> login.header("X-XSRF-TOKEN", token));
    return http.send(login.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Asks like a load balancer until the server stops saying it is starting. */
  private HttpResponse<String> firstAnswerOf(String url) {
    AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
    Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
      answer.set(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()));
      return answer.get().statusCode() != 503 || !answer.get().body().contains("系统正在启动");
    });
    return answer.get();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

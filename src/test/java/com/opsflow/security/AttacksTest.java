package com.opsflow.security;

import static com.opsflow.plan.PlanFixtures.item;
import static com.opsflow.plan.PlanFixtures.items;
import static com.opsflow.support.RestClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.opsflow.notification.Notification;
import com.opsflow.notification.Notifications;
import com.opsflow.plan.OperationPlans;
import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient.Json;
import com.opsflow.support.RestClient;

/** What an attacker or a careless REST client submits, and what the server makes of it. */
class AttacksTest extends EngineTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  OperationPlans plans;
  @Autowired
  Notifications outbox;

  RestClient as(String user) {
    return new RestClient(http, user, "demo");
  }

  Map<String, Object> plan(String title, String planItems) {
    Map<String, Object> values = new HashMap<>(Map.of("planType", "ANNUAL", "periodYear", 2027, "planTitle", title,
        "planSummary", "拓展华东市场", "planItems", new Json("[" + planItems + "]")));
    return variables(values);
  }

  @Test
  void markupTypedIntoAFieldIsStoredAsTextAndShownEscaped() {
    String title = "<script>alert('x')</script><b>年度计划</b>";
    String id = (String) as("wangfang").post("/process-definition/key/operation-plan-approval/submit-form",
        plan(title, item("2027-09-30"))).getBody().get("id");
    String task = (String) as("lina").list("/task").getBody().get(0).get("id");
    as("lina").post("/task/" + task + "/claim", Map.of("userId", "lina"));
    as("lina").post("/task/" + task + "/submit-form",
        variables(Map.of("decision", "RETURN", "decisionComment", "<img src=x onerror=alert(1)>请修改")));

    assertThat(plans.findByProcessInstanceId(id).orElseThrow().title()).isEqualTo(title);
    String page = as("wangfang").page("/applications/" + id).getBody();
    assertThat(page).doesNotContain("<img src=x", "<script>alert").contains("&lt;img src=x onerror=alert(1)&gt;请修改");
    assertThat(outbox.findByRecipientOrderById("wangfang")).extracting(Notification::body)
        .anySatisfy(body -> assertThat(body).contains("审批意见：<img src=x onerror=alert(1)>请修改"));
  }

  @Test
  void aMegabyteCommentAndTenThousandPlanItemsAreRefusedClearly() {
    ResponseEntity<Map<String, Object>> tooMany = as("wangfang").post(
        "/process-definition/key/operation-plan-approval/submit-form", plan("市场部2027年度运营计划", items(10_000, "2027-09-30")));
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) tooMany.getBody().get("message")).contains("100");
    assertThat(plans.count()).isZero();

    as("wangfang").post("/process-definition/key/operation-plan-approval/submit-form", plan("市场部2027年度运营计划", item("2027-09-30")));
    String task = (String) as("lina").list("/task").getBody().get(0).get("id");
    as("lina").post("/task/" + task + "/claim", Map.of("userId", "lina"));
    ResponseEntity<Map<String, Object>> tooLong = as("lina").post("/task/" + task + "/submit-form",
        variables(Map.of("decision", "REJECT", "decisionComment", "长".repeat(1_000_000))));
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) tooLong.getBody().get("message")).startsWith("审批意见不能超过 2000 个字");
    assertThat(as("lina").list("/task").getBody()).hasSize(1);
  }

  @Test
  void aJavaSerializedObjectIsRefusedWithAClearReason() {
    Map<String, Object> smuggled = Map.of("variables", Map.of("payload", Map.of("type", "Object",
        "value", "rO0ABXQABGV2aWw=", "valueInfo", Map.of("objectTypeName", "java.lang.String",
            "serializationDataFormat", "application/x-java-serialized-object"))));

    ResponseEntity<Map<String, Object>> refused = as("wangfang")
        .post("/process-definition/key/operation-plan-approval/submit-form", smuggled);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("message", "不接受 Java 序列化的对象变量，请以 JSON 提交。");
  }

  @Test
  void aChangeThroughTheWebAppLoginWithoutItsCsrfTokenIsRefused() {
    String id = (String) as("wangfang").post("/process-definition/key/operation-plan-approval/submit-form",
        plan("市场部2027年度运营计划", item("2027-09-30"))).getBody().get("id");
    // as Tasklist does it: the page hands out a session and the CSRF token, the login sends the token back
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";", 2)[0]).toList();
    String csrfToken = page.getHeaders().getFirst("X-XSRF-TOKEN");
    HttpHeaders login = new HttpHeaders();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    login.put(HttpHeaders.COOKIE, cookies);
    login.set("X-XSRF-TOKEN", csrfToken);
    ResponseEntity<String> loggedIn = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=wangfang&password=demo", login), String.class);
    assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> sessionCookies = loggedIn.getHeaders().containsKey(HttpHeaders.SET_COOKIE)
        ? loggedIn.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";", 2)[0]).toList() : cookies;
    HttpHeaders session = new HttpHeaders();
    session.put(HttpHeaders.COOKIE, sessionCookies);
    session.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> withoutToken = http.exchange("/api/applications/" + id + "/withdraw", HttpMethod.POST,
        new HttpEntity<>("{}", session), String.class);
    ResponseEntity<String> readWithSession = http.exchange("/api/applications/" + id, HttpMethod.GET,
        new HttpEntity<>(session), String.class);
    assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(readWithSession.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count()).isEqualTo(1);

    // the web app's next call to its own API hands out the session's token, as Tasklist reads it
    String sessionToken = http.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
        new HttpEntity<>(session), String.class).getHeaders().getFirst("X-XSRF-TOKEN");
    HttpHeaders withToken = new HttpHeaders();
    withToken.putAll(session);
    withToken.set("X-XSRF-TOKEN", sessionToken);
    assertThat(http.exchange("/api/applications/" + id + "/withdraw", HttpMethod.POST, new HttpEntity<>("{}", withToken),
        String.class).getStatusCode()).as("the same call with the token goes through").isEqualTo(HttpStatus.OK);
    // Camunda's own API for the web apps refuses a change without the token just the same
    assertThat(http.exchange("/camunda/api/engine/engine/default/task/create", HttpMethod.POST,
        new HttpEntity<>("{\"name\":\"x\"}", session), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count()).isZero();
  }
}

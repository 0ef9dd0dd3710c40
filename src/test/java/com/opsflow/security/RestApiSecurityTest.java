package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.opsflow.support.EngineTest;
import com.opsflow.support.RestClient;

/** The REST API needs a login, applies the caller's authorizations and takes no Java objects. */
class RestApiSecurityTest extends EngineTest {

  @Autowired
  TestRestTemplate http;

  @Test
  void withoutCredentialsOrWithAWrongPasswordTheApiAnswers401() {
    for (String path : List.of("/task", "/process-definition", "/user", "/filter", "/deployment")) {
      assertThat(new RestClient(http, null, null).get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    // Camunda throttles a login after a wrong password, so this uses a user no other test logs in as
    assertThat(new RestClient(http, "hanxue", "wrong").get("/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(new RestClient(http, "hanxue", "demo").get("/task").getStatusCode())
        .as("right after a wrong password even the right one waits (throttled)").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(new RestClient(http, "nobody", "demo").get("/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    for (String path : List.of("/api/cc", "/api/applications", "/api/dashboard", "/api/plans/PLAN-2027-MKT-A",
        "/api/performance/mkt", "/camunda/api/engine/engine/default/task", "/actuator/prometheus")) {
      assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
        .as("the login page itself").isEqualTo(HttpStatus.OK);
  }

  @Test
  void aJavaSerializedObjectIsRefused() {
    Map<String, Object> smuggled = Map.of("variables", Map.of("payload", Map.of(
        "type", "Object",
        "value", "rO0ABXQABGV2aWw=",
        "valueInfo", Map.of("objectTypeName", "java.lang.String",
            "serializationDataFormat", "application/x-java-serialized-object"))));

    ResponseEntity<String> refused = new RestClient(http, "wangfang", "demo")
        .postForText("/process-definition/key/operation-plan-approval/submit-form", smuggled);

    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("payload").count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void everyEmployeeFindsTheThreeTasklistFilters() {
    for (String user : List.of("wangfang", "lina", "yangjianguo", "kongming")) {
      List<Map<String, Object>> filters = new RestClient(http, user, "demo").list("/filter").getBody();
      assertThat(filters).as(user).extracting(f -> f.get("name")).containsExactlyInAnyOrder("我的待办", "部门待办", "已逾期");
    }
  }

  @Test
  void managementReadsCockpitButDoesNotAdministerAnything() {
    var authorizations = engine.getAuthorizationService();
    assertThat(authorizations.isUserAuthorized("yangjianguo", List.of("management"),
        org.camunda.bpm.engine.authorization.Permissions.ACCESS, org.camunda.bpm.engine.authorization.Resources.APPLICATION, "cockpit"))
        .isTrue();
    assertThat(authorizations.isUserAuthorized("wangfang", List.of("mkt"),
        org.camunda.bpm.engine.authorization.Permissions.ACCESS, org.camunda.bpm.engine.authorization.Resources.APPLICATION, "cockpit"))
        .isFalse();
    assertThat(authorizations.isUserAuthorized("yangjianguo", List.of("management"),
        org.camunda.bpm.engine.authorization.Permissions.ACCESS, org.camunda.bpm.engine.authorization.Resources.APPLICATION, "admin"))
        .isFalse();
    assertThat(authorizations.isUserAuthorized("yangjianguo", List.of("management"),
        org.camunda.bpm.engine.authorization.Permissions.DELETE, org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE, "any"))
        .isFalse();
    ResponseEntity<Map<String, Object>> suspend = new RestClient(http, "yangjianguo", "demo")
        .post("/process-definition/key/operation-plan-approval/suspended", Map.of("suspended", true));
    assertThat(suspend.getStatusCode().is2xxSuccessful()).isFalse();
  }
}

package com.opsflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.opsflow.OpsflowApplication;

/** Without the demo profile: no demo users, the administrator comes from the environment. */
@SpringBootTest(properties = {
    "OPSFLOW_ADMIN_USER=opsadmin",
    "OPSFLOW_ADMIN_PASSWORD=Str0ng!Passw0rd#2026",
    "spring.datasource.url=jdbc:h2:mem:opsflow-production-test;DB_CLOSE_DELAY=-1",
    // the REST API and the web apps find "the" engine by name in a JVM-wide registry: this one must not
    // take the name of the engine the other tests' REST calls go to
    "camunda.bpm.process-engine-name=productionCheck"})
@ActiveProfiles("test")
@Tag("integration")
class ProductionProfileTest {

  @Autowired
  IdentityService identityService;

  @Test
  void onlyTheConfiguredAdministratorExists() {
    assertThat(identityService.createUserQuery().list()).extracting(User::getId).containsExactly("opsadmin");
    assertThat(identityService.checkPassword("opsadmin", "Str0ng!Passw0rd#2026")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").singleResult().getId()).isEqualTo("opsadmin");
  }

  @Test
  void withoutAdministratorCredentialsTheApplicationDoesNotStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(OpsflowApplication.class)
        .profiles("test")
        .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:opsflow-no-admin;DB_CLOSE_DELAY=-1",
            "camunda.bpm.process-engine-name=noAdminCheck")
        .run().close())
        .hasStackTraceContaining("OPSFLOW_ADMIN_USER");
  }
}

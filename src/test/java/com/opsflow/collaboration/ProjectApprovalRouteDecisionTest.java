package com.opsflow.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 立项评审 route process owners edit: processes/project-approval-route.dmn (CC-3.4, OC-4.1). */
class ProjectApprovalRouteDecisionTest {

  static DmnEngine dmnEngine;
  static DmnDecision route;

  @BeforeAll
  static void parseTheTable() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = ProjectApprovalRouteDecisionTest.class.getResourceAsStream("/processes/project-approval-route.dmn")) {
      route = dmnEngine.parseDecision("project-approval-route", table);
    }
  }

  @ParameterizedTest(name = "other departments {0}, budget {1} 万元 → group {2}, 管理层 {3}")
  @CsvSource({
      "true, 30, true, false",
      "true, 49.99, true, false",
      "true, 50, true, true",
      "false, 0, false, false",
      "false, 50, false, true",
      "false, 800, false, true"})
  void theCollaborationGroupReviewsWhenOthersTakePartAndManagementFromFiftyTenThousandYuan(boolean cross, double budget,
      boolean group, boolean management) {
    Map<String, Object> entries = dmnEngine.evaluateDecision(route, Variables.createVariables()
        .putValue("crossDepartment", cross).putValue("projectBudget", budget)).getSingleResult().getEntryMap();
    assertThat(entries).containsEntry("groupReview", group).containsEntry("managementReview", management);
  }
}

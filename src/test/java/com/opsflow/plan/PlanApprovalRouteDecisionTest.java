package com.opsflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The route table process owners edit: processes/plan-approval-route.dmn (OM-3.1, OM-3.2, OM-3.3). */
class PlanApprovalRouteDecisionTest {

  static DmnEngine dmnEngine;
  static DmnDecision route;

  @BeforeAll
  static void parseTheTable() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream table = PlanApprovalRouteDecisionTest.class.getResourceAsStream("/processes/plan-approval-route.dmn")) {
      route = dmnEngine.parseDecision("plan-approval-route", table);
    }
  }

  DmnDecisionResult routeFor(String planType) {
    return dmnEngine.evaluateDecision(route, Variables.createVariables().putValue("planType", planType));
  }

  @Test
  void anAnnualPlanGoesThroughHeadOperationsAndManagementAndIsApproved() {
    assertThat(routeFor("ANNUAL").getSingleResult().getEntryMap())
        .containsEntry("headReview", true)
        .containsEntry("operationsReview", true)
        .containsEntry("managementApproval", true)
        .containsEntry("approvedStatus", "APPROVED")
        .satisfies(entries -> assertThat(entries.get("filedWith")).isNull());
  }

  @Test
  void aQuarterlyPlanIsReviewedByOperationsAndFiledWithManagement() {
    assertThat(routeFor("QUARTERLY").getSingleResult().getEntryMap())
        .containsEntry("headReview", false)
        .containsEntry("operationsReview", true)
        .containsEntry("managementApproval", false)
        .containsEntry("approvedStatus", "FILED")
        .containsEntry("filedWith", "management");
  }

  @Test
  void aMonthlyPlanIsReviewedByOperationsAndPublished() {
    assertThat(routeFor("MONTHLY").getSingleResult().getEntryMap())
        .containsEntry("headReview", false)
        .containsEntry("operationsReview", true)
        .containsEntry("managementApproval", false)
        .containsEntry("approvedStatus", "PUBLISHED")
        .containsEntry("filedWith", "ops");
  }

  @Test
  void everyApprovedStatusTheTableCanGiveIsAStatusInForce() {
    for (String type : new String[] {"ANNUAL", "QUARTERLY", "MONTHLY"}) {
      String status = routeFor(type).getSingleResult().getEntry("approvedStatus");
      assertThat(PlanStatus.valueOf(status).inForce()).as(type).isTrue();
    }
  }

  @Test
  void anUnknownPlanTypeHasNoRoute() {
    assertThat(routeFor("WEEKLY")).isEmpty();
  }
}

package com.opsflow.plan.company;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

import com.opsflow.kernel.Privileged;
import com.opsflow.plan.company.CompanyPlanProcess.Variables;

/**
 * Opens the consolidation of a year's company plan when something other than 运营部's hand calls for it: every
 * department's plan in force, the calendar, a plan approved after the company plan. The system starts it, not the user
 * whose approval happened to complete the set, so it needs no grant of theirs.
 */
@Service
class CompanyPlanStarts {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Privileged privileged;

  CompanyPlanStarts(RuntimeService runtimeService, IdentityService identityService, Privileged privileged) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.privileged = privileged;
  }

  /**
   * Started by nobody: the engine would make whoever is logged in its initiator, and the reviewer whose approval
   * completed the set would then be refused the company plan's review as "their own application".
   */
  void start(int year, String reason) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      privileged.run(() -> runtimeService.startProcessInstanceByMessage(CompanyPlanProcess.DUE_MESSAGE,
          Map.of(Variables.YEAR, year, Variables.REASON, reason)));
    } finally {
      identityService.setAuthentication(caller);
    }
  }
}

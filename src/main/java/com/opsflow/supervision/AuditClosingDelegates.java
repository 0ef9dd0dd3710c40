package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionAuditProcess.Variables.*;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;

/** The audit's last steps: rectifying every finding, and the summary (SV-3.5). */
public final class AuditClosingDelegates {

  private AuditClosingDelegates() {
  }

  /** The findings to rectify, one called rectification each; read by the multi-instance, never stored. */
  @Component("findingsToRectify")
  public static class Findings {

    private final AuditFindings findings;

    Findings(AuditFindings findings) {
      this.findings = findings;
    }

    public List<Long> ids(DelegateExecution execution) {
      return findings.findByAuditIdOrderByNumber((Long) execution.getVariable(AUDIT_ID)).stream()
          .map(AuditFinding::id).toList();
    }
  }

  /** The departments audited, for the steps each of their heads takes (初步沟通, 接收报告). */
  @Component("departmentsAudited")
  public static class AuditedDepartments {

    private final SupervisionAudits audits;

    AuditedDepartments(SupervisionAudits audits) {
      this.audits = audits;
    }

    public List<String> of(DelegateExecution execution) {
      return audits.findById((Long) execution.getVariable(AUDIT_ID)).orElseThrow()
          .auditedDepartments().stream().sorted().toList();
    }
  }

  /** 总结评估: lessons, effect before and after, proposals, and training needs one per line (SV-3.5, SV-5). */
  @Component("recordSummary")
  static class RecordSummary implements ExecutionListener {

    private final AuditPlans plans;
    private final IdentityService identityService;
    private final CompanyClock clock;

    RecordSummary(AuditPlans plans, IdentityService identityService, CompanyClock clock) {
      this.plans = plans;
      this.identityService = identityService;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (OnSiteListeners.cancelled(execution)) {
        return;
      }
      FieldChecks checks = new FieldChecks();
      String lessons = checks.text(execution.getVariable(SUMMARY_LESSONS), "经验教训", 2000, true);
      String effect = checks.text(execution.getVariable(SUMMARY_EFFECT), "督导效果（前后对比）", 2000, true);
      String proposals = checks.text(execution.getVariable(SUMMARY_PROPOSALS), "改进建议", 2000, true);
      String training = checks.text(execution.getVariable(TRAINING_NEEDS), "培训需求", 2000, false);
      checks.refuseIfAny();
      List<String> needs = training == null ? List.of()
          : Arrays.stream(training.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
      SupervisionAudit audit = plans.close((Long) execution.getVariable(AUDIT_ID),
          "经验教训：" + lessons + "\n督导效果：" + effect + "\n改进建议：" + proposals, needs,
          CurrentUser.of(identityService), clock.now());
      execution.setVariable(AUDIT_STATUS, audit.statusLabel());
    }
  }
}

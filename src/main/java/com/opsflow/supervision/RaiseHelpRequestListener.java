package com.opsflow.supervision;

import static com.opsflow.supervision.RectificationHelpProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.supervision.RectificationHelpProcess.TextFields;

/** 说明困难 (SV-3.4.3): the finding, where its rectification stands and what the department needs, kept with its reports. */
@Component("raiseHelpRequest")
class RaiseHelpRequestListener extends StepCompletion {

  private final AuditFindings findings;
  private final RectificationProgressReports reports;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RaiseHelpRequestListener(AuditFindings findings, RectificationProgressReports reports, IdentityService identityService,
      CompanyClock clock) {
    this.findings = findings;
    this.reports = reports;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    Integer id = FieldChecks.integer(execution.getVariable(FINDING));
    AuditFinding finding = id == null ? null : findings.findById(id.longValue()).orElse(null);
    if (finding == null || !finding.responsibleDepartment().equals(execution.getVariable(DEPARTMENT))
        || finding.status() != FindingStatus.RECTIFYING) {
      checks.add("请从列表中选择本部门整改中的问题");
    }
    String progress = checks.text(execution.getVariable(CURRENT_PROGRESS), TextFields.CURRENT_PROGRESS, true);
    String difficulty = checks.text(execution.getVariable(DIFFICULTY), TextFields.DIFFICULTY, true);
    checks.refuseIfAny(); // a missing finding was refused above
    RectificationProgress request = reports.save(RectificationProgress.helpRequest(finding.id(),
        CurrentUser.required(identityService), progress, difficulty, clock.now()));
    execution.setVariable(REQUEST_ID, request.id());
    execution.setVariable(FINDING_TITLE, finding.sourceNumber() + " 第 " + finding.number() + " 项：" + finding.description());
  }
}

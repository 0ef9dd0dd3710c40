package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.organisation.Organisation;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;

/** 报告项目进度: a participating department reports to the lead (OC-4.2.2). */
@Component("recordProgress")
class RecordProgressListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final Organisation org;
  private final CompanyClock clock;

  RecordProgressListener(Projects projects, IdentityService identityService, Organisation org, CompanyClock clock) {
    this.projects = projects;
    this.identityService = identityService;
    this.org = org;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String progress = checks.text(execution.getVariable(PROGRESS), TextFields.PROGRESS, true);
    String problems = checks.text(execution.getVariable(PROGRESS_PROBLEMS), TextFields.PROGRESS_PROBLEMS, false);
    checks.refuseIfAny();
    List<ProgressReport> reports = projects.reportProgress((Long) execution.getVariable(PROJECT_ID),
        (String) execution.getVariable(REPORTING_DEPARTMENT), CurrentUser.of(identityService), progress, problems, clock.now());
    execution.setVariable(PROGRESS_VIEW, FormValues.json(reports.stream().map(report -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("department", org.departmentName(report.department()));
      row.put("reporter", org.displayName(report.reporter()));
      row.put("time", clock.format(report.reportedAt()));
      row.put("progress", report.progress());
      row.put("problems", report.problems() == null ? "" : report.problems());
      return row;
    }).toList()));
  }
}

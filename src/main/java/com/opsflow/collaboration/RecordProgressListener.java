package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.math.BigDecimal;
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

/** 报告项目进度: a participating department reports to the lead (OC-4.2.2), with what the period cost (CC-3.4). */
@Component("recordProgress")
class RecordProgressListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final Organisation org;
  private final CompanyClock clock;
  private final ProjectCosts costs;

  RecordProgressListener(Projects projects, IdentityService identityService, Organisation org, CompanyClock clock,
      ProjectCosts costs) {
    this.costs = costs;
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
    Object cost = execution.getVariable(COST_INCURRED);
    BigDecimal incurred = cost == null || "".equals(cost) ? BigDecimal.ZERO
        : ProjectApplication.amount(cost, "本期发生成本（万元）", checks);
    checks.refuseIfAny();
    long projectId = (Long) execution.getVariable(PROJECT_ID);
    List<ProgressReport> reports = projects.reportProgress(projectId, (String) execution.getVariable(REPORTING_DEPARTMENT),
        CurrentUser.of(identityService), progress, problems, incurred, clock.now());
    costs.follow(execution, projects.project(projectId), Projects.costOf(reports));
    execution.setVariable(PROGRESS_VIEW, FormValues.json(reports.stream().map(report -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("department", org.departmentName(report.department()));
      row.put("reporter", org.displayName(report.reporter()));
      row.put("time", clock.format(report.reportedAt()));
      row.put("progress", report.progress());
      row.put("problems", report.problems() == null ? "" : report.problems());
      row.put("cost", ProjectCosts.amount(report.costIncurred()));
      return row;
    }).toList()));
  }
}

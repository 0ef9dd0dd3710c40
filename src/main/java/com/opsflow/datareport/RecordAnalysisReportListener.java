package com.opsflow.datareport;

import static com.opsflow.datareport.DataReportProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.datareport.DataReportProcess.TextFields;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;

/** 撰写数据分析报告 (OC-2.3.2–3, CC-3.3.2–3): 目的, 方法, 结果 and 建议, all four. */
@Component("recordAnalysisReport")
class RecordAnalysisReportListener extends StepCompletion {

  private final DataReporting reporting;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordAnalysisReportListener(DataReporting reporting, IdentityService identityService, CompanyClock clock) {
    this.reporting = reporting;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String purpose = checks.text(execution.getVariable(PURPOSE), TextFields.PURPOSE, true);
    String method = checks.text(execution.getVariable(METHOD), TextFields.METHOD, true);
    String results = checks.text(execution.getVariable(RESULTS), TextFields.RESULTS, true);
    String recommendations = checks.text(execution.getVariable(RECOMMENDATIONS), TextFields.RECOMMENDATIONS, true);
    checks.refuseIfAny();
    DataReport report = reporting.write((Long) execution.getVariable(REPORT_ID), purpose, method, results,
        recommendations, CurrentUser.required(identityService), clock.now());
    execution.setVariable(REPORT_STATUS, report.status().label());
  }
}

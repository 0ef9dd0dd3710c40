package com.opsflow.datareport;

import static com.opsflow.datareport.DataReportProcess.Variables.*;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.organisation.Organisation;

/**
 * 发布数据分析报告 (OC-2.3.3, CC-3.3.3): 管理层 took note; every department's head gets the report in 抄送我的 and by
 * mail, to adjust the department's plans.
 */
@Component("publishAnalysisReport")
class PublishAnalysisReportDelegate implements JavaDelegate {

  private final DataReporting reporting;
  private final CarbonCopies carbonCopies;
  private final Organisation org;
  private final CompanyClock clock;

  PublishAnalysisReportDelegate(DataReporting reporting, CarbonCopies carbonCopies, Organisation org, CompanyClock clock) {
    this.reporting = reporting;
    this.carbonCopies = carbonCopies;
    this.org = org;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DataReport report = reporting.publish((Long) execution.getVariable(REPORT_ID), clock.now());
    execution.setVariable(REPORT_STATUS, report.status().label());
    Set<String> heads = new LinkedHashSet<>();
    org.departments().forEach(department -> heads.addAll(org.membersOf(org.headGroupOf(department.getId()))));
    carbonCopies.notice(execution, heads, report.period() + " 数据分析报告已发布，请结合报告的建议调整本部门计划。全文："
        + "/api/data-reports/" + report.number());
  }
}

package com.opsflow.datareport;

import static com.opsflow.datareport.DataSubmissionProcess.Variables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.datareport.DataSubmissionProcess.TextFields;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.Refusal;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.risk.warning.Indicator;
import com.opsflow.risk.warning.IndicatorCatalogue;
import com.opsflow.risk.warning.IndicatorReadings;

/**
 * 报送经营数据 (OC-2.3.1, OM-7.1): a value for every indicator of the department, true and complete; they are kept
 * as the month's values, and one past its threshold raises a warning (OM-5.3) as any value does.
 */
@Component("recordDataSubmission")
class RecordDataSubmissionListener extends StepCompletion {

  static final String SOURCE = "数据报送";

  private final IndicatorReadings readings;
  private final IndicatorCatalogue catalogue;
  private final DataReporting reporting;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordDataSubmissionListener(IndicatorReadings readings, IndicatorCatalogue catalogue, DataReporting reporting,
      IdentityService identityService, CompanyClock clock) {
    this.readings = readings;
    this.catalogue = catalogue;
    this.reporting = reporting;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String department = (String) execution.getVariable(DEPARTMENT);
    String period = (String) execution.getVariable(PERIOD);
    FieldChecks checks = new FieldChecks();
    String notes = checks.text(execution.getVariable(NOTES), TextFields.NOTES, false);
    Set<String> expected = catalogue.of(department).stream().map(Indicator::code).collect(Collectors.toSet());
    List<Map<String, Object>> rows = new ArrayList<>();
    Set<String> given = new java.util.HashSet<>();
    for (Map<String, Object> row : FieldChecks.rows(execution.getVariable(VALUES))) {
      Object label = row.get("label") == null ? row.get("indicator") : row.get("label");
      if (!expected.contains(String.valueOf(row.get("indicator")))) {
        checks.add("指标“" + row.get("indicator") + "”不是本部门的指标，不能在此报送");
        continue;
      }
      if (row.get("value") == null || String.valueOf(row.get("value")).isBlank()) {
        checks.add("请填写“" + label + "”的本期数值");
        continue;
      }
      Map<String, Object> reading = new LinkedHashMap<>();
      reading.put("indicator", row.get("indicator"));
      reading.put("period", period);
      reading.put("value", row.get("value"));
      rows.add(reading);
      given.add(String.valueOf(row.get("indicator")));
    }
    if (checks.ok() && !given.containsAll(expected)) {
      checks.add("请报送本部门全部指标的数值");
    }
    checks.refuseIfAny();
    String user = CurrentUser.required(identityService);
    try {
      readings.record(rows, indicator -> indicator.department().equals(department), user, SOURCE);
    } catch (Refusal refused) {
      throw new SubmissionRefused(refused.getMessage());
    }
    reporting.submitted((Long) execution.getVariable(REPORT_ID), department, notes, user, clock.now());
  }
}

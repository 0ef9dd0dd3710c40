package com.opsflow.datareport;

import static com.opsflow.datareport.DataSubmissionProcess.Variables.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.organisation.Organisation;
import com.opsflow.risk.warning.Indicator;
import com.opsflow.risk.warning.IndicatorCatalogue;
import com.opsflow.risk.warning.IndicatorValue;
import com.opsflow.risk.warning.IndicatorValues;

/** 准备数据报送: a row per indicator of the department, with last month's value beside it. */
@Component("prepareDataSubmission")
class PrepareDataSubmissionDelegate implements JavaDelegate {

  private final IndicatorCatalogue catalogue;
  private final IndicatorValues values;
  private final Organisation org;

  PrepareDataSubmissionDelegate(IndicatorCatalogue catalogue, IndicatorValues values, Organisation org) {
    this.catalogue = catalogue;
    this.values = values;
    this.org = org;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String department = (String) execution.getVariable(DEPARTMENT);
    String period = (String) execution.getVariable(PERIOD);
    String previous = YearMonth.parse(period).minusMonths(1).toString();
    Map<String, BigDecimal> before = new HashMap<>();
    for (IndicatorValue value : values.findByPeriodIn(List.of(previous))) {
      before.put(value.indicatorCode(), value.reading());
    }
    List<Map<String, Object>> rows = catalogue.of(department).stream().map((Indicator indicator) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("indicator", indicator.code());
      row.put("label", indicator.name() + "（" + indicator.unit() + "）");
      BigDecimal last = before.get(indicator.code());
      row.put("previous", last == null ? "—" : DataReporting.plain(last));
      row.put("value", null);
      return row;
    }).toList();
    execution.setVariable(DEPARTMENT_NAME, org.departmentName(department));
    execution.setVariable(VALUES, FormValues.json(rows));
  }
}

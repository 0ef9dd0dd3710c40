package com.opsflow.risk.warning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.Privileged;
import com.opsflow.organisation.Organisation;

/**
 * The company's risk indicators: processes/risk-indicators.dmn, a row per indicator with its department, unit,
 * direction, warning and alarm values — process owners add indicators and move thresholds there, in Camunda Modeler.
 * Read for whoever posts or looks: the table is the company's rule, not a permission.
 */
@Component
public class IndicatorCatalogue {

  static final String TABLE = "risk-indicators";

  private final DecisionService decisions;
  private final Privileged privileged;
  private final Organisation org;

  IndicatorCatalogue(DecisionService decisions, Privileged privileged, Organisation org) {
    this.decisions = decisions;
    this.privileged = privileged;
    this.org = org;
  }

  /** The department's indicators, in the table's order. */
  public List<Indicator> of(String department) {
    List<Map<String, Object>> rows = privileged.call(() -> decisions.evaluateDecisionByKey(TABLE)
        .variables(Variables.createVariables().putValue("department", department)).evaluate().getResultList());
    List<Indicator> indicators = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      indicators.add(new Indicator((String) row.get("indicator"), (String) row.get("name"), (String) row.get("unit"),
          department, Direction.valueOf((String) row.get("direction")), decimal(row.get("warningValue")),
          decimal(row.get("alarmValue"))));
    }
    return indicators;
  }

  /** Every department's, in the company's order of departments. */
  public List<Indicator> all() {
    return org.departments().stream().flatMap(group -> of(group.getId()).stream()).toList();
  }

  public Optional<Indicator> byCode(String code) {
    return all().stream().filter(indicator -> indicator.code().equals(code)).findFirst();
  }

  private static BigDecimal decimal(Object value) {
    return new BigDecimal(String.valueOf(value));
  }
}

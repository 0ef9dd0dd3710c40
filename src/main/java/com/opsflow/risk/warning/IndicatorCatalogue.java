package com.opsflow.risk.warning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.Privileged;
import com.opsflow.organisation.Organisation;

/**
 * The company's risk indicators: processes/risk-indicators.dmn, a row per indicator with its department, unit,
 * direction, warning and alarm values — process owners add indicators and move thresholds there, in Camunda Modeler.
 * Read for whoever posts or looks: the table is the company's rule, not a permission. Looking an indicator up is not a
 * decision: the table's latest deployed version is evaluated by a DMN engine of its own, without the decision history
 * and the operation log an evaluation through the process engine writes — so pages read it in read-only transactions
 * and an intake does not write history rows for every lookup.
 */
@Component
public class IndicatorCatalogue {

  static final String TABLE = "risk-indicators";

  private final RepositoryService repositoryService;
  /** A DMN engine of its own: no history, no operation log, no command context needed. */
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Privileged privileged;
  private final Organisation org;
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  IndicatorCatalogue(RepositoryService repositoryService, Privileged privileged, Organisation org) {
    this.repositoryService = repositoryService;
    this.privileged = privileged;
    this.org = org;
  }

  /** The table as deployed last, parsed once per version. */
  private DmnDecision table() {
    String id = privileged.call(() -> repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(TABLE)
        .latestVersion().singleResult().getId());
    return parsed.computeIfAbsent(id, version -> dmn.parseDecision(TABLE,
        privileged.call(() -> repositoryService.getDmnModelInstance(version))));
  }

  /** The department's indicators, in the table's order. */
  public List<Indicator> of(String department) {
    return of(table(), department);
  }

  private List<Indicator> of(DmnDecision table, String department) {
    List<Map<String, Object>> rows = dmn
        .evaluateDecisionTable(table, Variables.createVariables().putValue("department", department)).getResultList();
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
    DmnDecision table = table();
    return org.departments().stream().flatMap(group -> of(table, group.getId()).stream()).toList();
  }

  private static BigDecimal decimal(Object value) {
    return new BigDecimal(String.valueOf(value));
  }
}

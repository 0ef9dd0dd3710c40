package com.opsflow.risk;

import static com.opsflow.risk.RiskResponseProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;

import com.opsflow.organisation.Organisation;

/** What a response's forms show: its risk, and the plan and report so far. */
final class ResponseViews {

  private ResponseViews() {
  }

  static Map<String, Object> of(RiskResponse response, Risk risk, Organisation org) {
    Map<String, Object> view = new HashMap<>();
    view.put(RESPONSE_NUMBER, response.number());
    view.put(RESPONSE_STATUS, response.status().label());
    view.put(DEPARTMENT, response.department()); // from the record, whatever a submission carried
    view.put(DEPARTMENT_NAME, org.departmentName(response.department()));
    view.put(RISK_NUMBER, risk.number());
    view.put(RISK_CATEGORY, risk.category().label());
    view.put(RISK_DESCRIPTION, risk.description());
    view.put(RISK_LEVEL, risk.level().label());
    view.put(STRATEGY_LABEL, response.strategy() == null ? null : response.strategy().label());
    view.put(OWNER_NAME, response.owner() == null ? null : org.displayName(response.owner()));
    return view;
  }
}

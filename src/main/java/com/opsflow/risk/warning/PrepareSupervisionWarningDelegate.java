package com.opsflow.risk.warning;

import static com.opsflow.risk.warning.RiskWarningProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.organisation.Organisation;

/** Offers the departments a supervisor's warning may concern. */
@Component("prepareSupervisionWarning")
class PrepareSupervisionWarningDelegate implements JavaDelegate {

  private final Organisation org;

  PrepareSupervisionWarningDelegate(Organisation org) {
    this.org = org;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, String> departments = new LinkedHashMap<>();
    org.departments().forEach(group -> departments.put(group.getId(), group.getName()));
    execution.setVariable(DEPARTMENT_OPTIONS, FormValues.options(departments));
  }
}

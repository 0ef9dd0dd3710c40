package com.opsflow.risk;

import static com.opsflow.risk.RiskAssessmentProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.organisation.Organisation;

/** 准备风险评估: the department's name and its open register risks, offered for reassessment (OM-5.1). */
@Component("prepareRiskAssessment")
class PrepareRiskAssessmentDelegate implements JavaDelegate {

  private final RiskRegister register;
  private final Organisation org;

  PrepareRiskAssessmentDelegate(RiskRegister register, Organisation org) {
    this.register = register;
    this.org = org;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String department = (String) execution.getVariable(DEPARTMENT);
    execution.setVariable(DEPARTMENT_NAME, org.departmentName(department));
    Map<String, String> open = new LinkedHashMap<>();
    register.openRisksOf(department).forEach(risk -> open.put(String.valueOf(risk.id()), risk.number() + " "
        + risk.category().label() + "：" + risk.description() + "（" + risk.level().label() + "）"));
    execution.setVariable(EXISTING_RISK_OPTIONS, FormValues.options(open));
  }
}

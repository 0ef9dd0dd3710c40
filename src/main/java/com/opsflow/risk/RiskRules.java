package com.opsflow.risk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When the risk assessment round opens (OM-5.1), set in configuration: a Camunda cron, seconds first — by default the
 * first day of each quarter at 09:00. Exposed to the diagram as {@code ${riskRules.assessmentCycle}}.
 */
@Component("riskRules")
@ConfigurationProperties("opsflow.risk")
public class RiskRules {

  private String assessmentCycle = "0 0 9 1 1,4,7,10 ?";
  /** OM-5.2: a response's measures are due at this hour (company time) of the deadline the department sets. */
  private int responseDueHour = 18;

  public int getResponseDueHour() {
    return responseDueHour;
  }

  public void setResponseDueHour(int responseDueHour) {
    this.responseDueHour = responseDueHour;
  }

  public String getAssessmentCycle() {
    return assessmentCycle;
  }

  public void setAssessmentCycle(String assessmentCycle) {
    this.assessmentCycle = assessmentCycle;
  }
}

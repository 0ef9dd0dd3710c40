package com.opsflow.datareport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When the monthly data submission opens and how late ones are chased (OC-2.3.1, OM-7.1), set in configuration and
 * read by the diagrams as {@code ${dataReportRules.cycle}} and {@code ${dataReportRules.chaseCycle}}.
 */
@Component("dataReportRules")
@ConfigurationProperties("opsflow.data-report")
public class DataReportRules {

  /** A Camunda cron, seconds first: by default the first day of each month at 09:00, for the month before. */
  private String cycle = "0 0 9 1 * ?";
  /** An ISO 8601 repeating interval: by default three chases, three days apart, from three days after opening. */
  private String chaseCycle = "R3/P3D";

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }

  public String getChaseCycle() {
    return chaseCycle;
  }

  public void setChaseCycle(String chaseCycle) {
    this.chaseCycle = chaseCycle;
  }
}

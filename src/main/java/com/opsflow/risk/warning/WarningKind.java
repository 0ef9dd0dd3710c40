package com.opsflow.risk.warning;

/** Where a warning came from: an indicator's value, or a supervisor (SV-2.2.5, SV-5.3). */
public enum WarningKind {
  INDICATOR("指标预警"),
  SUPERVISION("督导预警");

  private final String label;

  WarningKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

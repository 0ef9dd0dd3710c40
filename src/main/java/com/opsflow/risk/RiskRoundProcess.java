package com.opsflow.risk;

/** Names shared by {@code processes/risk-assessment-round.bpmn} (the quarterly round, OM-5.1). */
public final class RiskRoundProcess {

  public static final String KEY = "risk-assessment-round";

  private RiskRoundProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "Start_RoundDue";
    public static final String ASSESS_PER_DEPARTMENT = "Activity_AssessPerDepartment";

    private Elements() {
    }
  }
}

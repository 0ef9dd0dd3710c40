package com.opsflow.plan.company;

/** Names of {@code processes/company-plan-round.bpmn}: the calendar date that opens next year's company plan. */
public final class CompanyPlanRoundProcess {

  public static final String KEY = "company-plan-round";

  private CompanyPlanRoundProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "Start_ConsolidationDate";
    public static final String OPEN_CONSOLIDATION = "Task_OpenConsolidation";

    private Elements() {
    }
  }
}

package com.opsflow.plan;

/**
 * Names shared by the three drafting-round diagrams ({@code processes/*-plan-drafting-round.bpmn}) and
 * the Java around them. Camunda 7 allows one timer start event per process, hence one diagram per
 * kind of plan, each the same shape.
 */
public final class PlanDraftingRoundProcess {

  public static final String ANNUAL_KEY = "annual-plan-drafting-round";
  public static final String QUARTERLY_KEY = "quarterly-plan-drafting-round";
  public static final String MONTHLY_KEY = "monthly-plan-drafting-round";

  private PlanDraftingRoundProcess() {
  }

  /** Element ids, the same in all three diagrams. */
  public static final class Elements {
    public static final String START_DRAFTING_DUE = "Start_DraftingDue";
    public static final String OPEN_ROUND = "Task_OpenRound";
    public static final String DRAFT_PER_DEPARTMENT = "Activity_DraftPlanPerDepartment";
    public static final String END_ROUND_CLOSED = "End_RoundClosed";

    private Elements() {
    }
  }

  /** Process variables of the round itself; the called plan approval receives its own through in-mappings. */
  public static final class Variables {
    /** Input parameter of {@link Elements#OPEN_ROUND}: which kind of plan this round drafts. */
    public static final String ROUND_PLAN_TYPE = "roundPlanType";

    private Variables() {
    }
  }
}

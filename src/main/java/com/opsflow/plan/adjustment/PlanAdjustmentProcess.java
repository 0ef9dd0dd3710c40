package com.opsflow.plan.adjustment;

import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/plan-adjustment.bpmn}, its forms and the Java around it. */
public final class PlanAdjustmentProcess {

  public static final String KEY = "plan-adjustment";
  /** Raised when the plan left force while the adjustment was under review. */
  public static final String ERROR_PLAN_NOT_IN_FORCE = "PLAN_NOT_IN_FORCE";

  private PlanAdjustmentProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "Start_AdjustmentRequested";
    public static final String LIST_ADJUSTABLE_PLANS = "Task_ListAdjustablePlans";
    public static final String CHOOSE_PLAN = "Task_ChoosePlan";
    public static final String LOAD_PLAN = "Task_LoadPlan";
    public static final String EDIT_ADJUSTMENT = "Task_EditAdjustment";
    public static final String SUBMIT_ADJUSTMENT = "Task_SubmitAdjustment";
    public static final String WITHDRAW_ADJUSTMENT = "Task_WithdrawAdjustment";
    public static final String REVIEW_BY_DEPARTMENT_HEAD = "Task_ReviewByDepartmentHead";
    public static final String REVIEW_BY_OPERATIONS = "Task_ReviewByOperations";
    public static final String APPROVE_BY_MANAGEMENT = "Task_ApproveByManagement";
    public static final String APPLY_ADJUSTMENT = "Task_ApplyAdjustment";
    public static final String ACKNOWLEDGE_ADJUSTMENT = "Task_AcknowledgeAdjustment";
    public static final String END_ADJUSTMENT_IN_FORCE = "End_AdjustmentInForce";
    /** 驳回 ends beside the step that rejected, one end event per review step. */
    public static final String END_REJECTED_BY_HEAD = "End_RejectedByHead";
    public static final String END_REJECTED_BY_OPERATIONS = "End_RejectedByOperations";
    public static final String END_REJECTED_BY_MANAGEMENT = "End_RejectedByManagement";
    public static final String END_ADJUSTMENT_WITHDRAWN = "End_AdjustmentWithdrawn";
    public static final String END_ADJUSTMENT_VOIDED = "End_AdjustmentVoided";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String INITIATOR = "initiator";
    public static final String DEPARTMENT = "department";
    public static final String DEPARTMENT_NAME = "departmentName";
    // choosing the plan (forms/plan-adjustment-choose.form)
    public static final String ADJUSTABLE_PLANS = "adjustablePlans";
    public static final String ADJUSTED_PLAN_ID = "adjustedPlanId";
    /** The chosen plan's id as the server checked it; the application form cannot change it. */
    public static final String BASE_PLAN_ID = "basePlanId";
    // the plan in force, for the forms
    public static final String PLAN_NUMBER = "planNumber";
    public static final String PLAN_VERSION = "planVersion";
    public static final String PLAN_TITLE = "planTitle";
    public static final String PLAN_TYPE_LABEL = "planTypeLabel";
    public static final String PERIOD_LABEL = "periodLabel";
    public static final String CURRENT_ITEMS = "currentItems";
    public static final String DEPARTMENT_OPTIONS = "departmentOptions";
    // the application (forms/plan-adjustment-request.form)
    public static final String CAUSE = "adjustmentCause";
    public static final String CAUSE_DESCRIPTION = "causeDescription";
    public static final String REASON = "adjustmentReason";
    /** The items after the adjustment, a list as in the plan draft; a row may be marked removed. */
    public static final String PLAN_ITEMS = "planItems";
    public static final String ADJUSTED_SCHEDULE = "adjustedSchedule";
    public static final String IMPACT = "adjustmentImpact";
    public static final String AFFECTED_DEPARTMENTS = "affectedDepartments";
    /** SUBMIT or WITHDRAW, chosen by the applicant on the application form. */
    public static final String APPLICANT_ACTION = "applicantAction";
    // the record
    public static final String ADJUSTMENT_ID = "adjustmentId";
    public static final String ADJUSTMENT_NUMBER = "adjustmentNumber";
    public static final String ADJUSTMENT_STATUS = "adjustmentStatus";
    public static final String CAUSE_LABEL = "adjustmentCauseLabel";
    public static final String CHANGES = "adjustmentChanges";
    public static final String AFFECTED_DEPARTMENT_NAMES = "affectedDepartmentNames";
    public static final String NEW_PLAN_VERSION = "newPlanVersion";
    /** Element variable of the acknowledgement multi-instance. */
    public static final String AFFECTED_DEPARTMENT = "affectedDepartment";
    // review steps
    public static final String DECISION = ReviewVariables.DECISION;
    public static final String DECISION_COMMENT = ReviewVariables.DECISION_COMMENT;
    public static final String REVIEW_OUTCOME = ReviewVariables.REVIEW_OUTCOME;
    public static final String LAST_RETURN_COMMENT = ReviewVariables.LAST_RETURN_COMMENT;
    public static final String DECISION_HISTORY = ReviewVariables.DECISION_HISTORY;

    private Variables() {
    }
  }

  /** What people type, with the label and limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField CAUSE_DESCRIPTION = new TextField(Variables.CAUSE_DESCRIPTION, "其他原因的说明", 200);
    public static final TextField REASON = new TextField(Variables.REASON, "调整原因的详细说明", 2000);
    public static final TextField ADJUSTED_SCHEDULE = new TextField(Variables.ADJUSTED_SCHEDULE, "调整后的计划安排", 2000);
    public static final TextField IMPACT = new TextField(Variables.IMPACT, "对其他工作的影响", 2000);

    private TextFields() {
    }
  }
}

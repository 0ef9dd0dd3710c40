package com.opsflow.plan;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/operation-plan-approval.bpmn}, its forms and the Java around it. */
public final class OperationPlanApprovalProcess {

  public static final String KEY = "operation-plan-approval";

  private OperationPlanApprovalProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "Start_PlanDrafted";
    public static final String DRAFT_PLAN = "Task_DraftPlan";
    public static final String SUBMIT_PLAN = "Task_SubmitPlan";
    /** OM-3.2 / OM-3.3: the drafter names the parent plan's item each item breaks down. */
    public static final String LINK_PARENT_ITEMS = "Task_LinkParentItems";
    public static final String DETERMINE_ROUTE = "Task_DetermineRoute";
    public static final String REVIEW_BY_DEPARTMENT_HEAD = "Task_ReviewByDepartmentHead";
    public static final String REVIEW_BY_OPERATIONS = "Task_ReviewByOperations";
    public static final String APPROVE_BY_MANAGEMENT = "Task_ApproveByManagement";
    public static final String REVISE_PLAN = "Task_RevisePlan";
    public static final String PUT_PLAN_IN_FORCE = "Task_PutPlanInForce";
    public static final String END_PLAN_IN_FORCE = "End_PlanInForce";
    /** 驳回 ends right above the step that rejected, one end event per review step. */
    public static final String END_REJECTED_BY_HEAD = "End_RejectedByHead";
    public static final String END_REJECTED_BY_OPERATIONS = "End_RejectedByOperations";
    public static final String END_REJECTED_BY_MANAGEMENT = "End_RejectedByManagement";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    // what the drafter fills in (forms/operation-plan-draft.form)
    public static final String PLAN_TYPE = "planType";
    public static final String PERIOD_YEAR = "periodYear";
    public static final String PERIOD_QUARTER = "periodQuarter";
    public static final String PERIOD_MONTH = "periodMonth";
    public static final String PLAN_TITLE = "planTitle";
    public static final String PLAN_SUMMARY = "planSummary";
    /** The items as one Json list of rows: the draft form's dynamic list (添加/删除 rows). */
    public static final String PLAN_ITEMS = "planItems";
    // who and where
    public static final String INITIATOR = "initiator";
    public static final String DRAFTER = ApplicationProcess.DRAFTER;
    public static final String DEPARTMENT = "department";
    public static final String DEPARTMENT_NAME = "departmentName";
    // set by the drafting calendar when it opens the drafting
    public static final String OPENED_BY_CALENDAR = "openedByCalendar";
    public static final String PRESCRIBED_PERIOD = "prescribedPeriod";
    public static final String DRAFT_DUE_DATE = "draftDueDate";
    // the record
    public static final String PLAN_ID = "planId";
    public static final String PLAN_NUMBER = "planNumber";
    public static final String PLAN_TYPE_LABEL = "planTypeLabel";
    public static final String PERIOD_LABEL = "periodLabel";
    public static final String PLAN_STATUS = "planStatus";
    // the parent plan (OM-3.2, OM-3.3), offered by 登记并提交计划 and answered in 关联上级计划事项
    public static final String NEEDS_PARENT_LINKS = "needsParentLinks";
    public static final String PARENT_PLAN_NUMBER = "parentPlanNumber";
    public static final String PARENT_PLAN_LABEL = "parentPlanLabel";
    /** The parent plan's items as the form's table shows them. */
    public static final String PARENT_ITEMS = "parentItems";
    /** The same items as the select's options: value = the item's number from 1. */
    public static final String PARENT_ITEM_OPTIONS = "parentItemOptions";
    /** One row per item of this plan: {@code task} (shown), {@code parent} (chosen), {@code reason} (without one). */
    public static final String PARENT_LINKS = "parentLinks";
    // the route, from processes/plan-approval-route.dmn
    public static final String HEAD_REVIEW = "headReview";
    public static final String OPERATIONS_REVIEW = "operationsReview";
    public static final String MANAGEMENT_APPROVAL = "managementApproval";
    public static final String APPROVED_STATUS = "approvedStatus";
    public static final String FILED_WITH = "filedWith";
    // review steps (forms/operation-plan-review.form)
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
    public static final TextField PLAN_TITLE = new TextField(Variables.PLAN_TITLE, "计划名称", 100);
    public static final TextField PLAN_SUMMARY = new TextField(Variables.PLAN_SUMMARY, "计划概述", 2000);
    public static final TextField PLAN_ITEMS_GOAL = TextField.column(Variables.PLAN_ITEMS, "goal", "工作目标", 200);
    public static final TextField PLAN_ITEMS_TASK = TextField.column(Variables.PLAN_ITEMS, "task", "工作任务", 1000);
    public static final TextField PLAN_ITEMS_MEASURES = TextField.column(Variables.PLAN_ITEMS, "measures", "措施与实施步骤", 2000);
    public static final TextField PLAN_ITEMS_RESPONSIBLE = TextField.column(Variables.PLAN_ITEMS, "responsible", "责任人", 50);
    public static final TextField PLAN_ITEMS_RESOURCES = TextField.column(Variables.PLAN_ITEMS, "resources", "资源需求", 1000);
    public static final TextField PARENT_LINKS_REASON = TextField.column(Variables.PARENT_LINKS, "reason", "无上级事项的理由", 200);

    private TextFields() {
    }
  }
}

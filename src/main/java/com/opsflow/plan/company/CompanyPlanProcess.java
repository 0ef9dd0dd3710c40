package com.opsflow.plan.company;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/company-annual-plan.bpmn}, its forms and the Java around it. */
public final class CompanyPlanProcess {

  public static final String KEY = "company-annual-plan";
  /** The message that opens a company plan's consolidation, with {@link Variables#YEAR} and {@link Variables#REASON}. */
  public static final String DUE_MESSAGE = "opsflow.companyPlanDue";

  private CompanyPlanProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START_BY_HAND = "Start_CompanyPlanByHand";
    public static final String START_DUE = "Start_CompanyPlanDue";
    public static final String OPEN = "Task_OpenCompanyPlan";
    public static final String CONSOLIDATE = "Task_ConsolidateCompanyPlan";
    public static final String APPROVE = "Task_ApproveCompanyPlan";
    public static final String PUT_IN_FORCE = "Task_PutCompanyPlanInForce";
    public static final String END_IN_FORCE = "End_CompanyPlanInForce";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String INITIATOR = ApplicationProcess.INITIATOR;
    public static final String YEAR = "companyPlanYear";
    /** Why the consolidation opened: every department's plan in force, the calendar, a late plan, 运营部's hand. */
    public static final String REASON = "companyPlanReason";
    public static final String COMPANY_PLAN_ID = "companyPlanId";
    public static final String COMPANY_PLAN_NUMBER = "companyPlanNumber";
    public static final String VERSION = "companyPlanVersion";
    public static final String STATUS = "companyPlanStatus";
    public static final String GOALS = "companyGoals";
    /** The departments' plans in force, for the forms' table. */
    public static final String DEPARTMENT_PLANS_VIEW = "departmentPlansView";
    /** The departments without an annual plan in force yet. */
    public static final String MISSING_DEPARTMENTS = "missingDepartments";
    public static final String DECISION = ReviewVariables.DECISION;
    public static final String REVIEW_OUTCOME = ReviewVariables.REVIEW_OUTCOME;

    private Variables() {
    }
  }

  /** What people type, with the label and limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField GOALS = new TextField(Variables.GOALS, "公司年度目标", 4000);

    private TextFields() {
    }
  }
}

package com.opsflow.collaboration;

import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/collaboration-project.bpmn}, its forms and the Java around it. */
public final class CollaborationProjectProcess {

  public static final String KEY = "collaboration-project";

  private CollaborationProjectProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String FILL_APPLICATION = "Task_FillApplication";
    public static final String REVIEW_BY_HEAD = "Task_ReviewByDepartmentHead";
    public static final String REVIEW_BY_GROUP = "Task_ReviewByCollaborationGroup";
    /** CC-3.4: 立项评审 by 管理层 when the route table says so (a budget from a threshold on). */
    public static final String REVIEW_BY_MANAGEMENT = "Task_ReviewByManagement";
    public static final String DETERMINE_ROUTE = "Task_DetermineProjectRoute";
    public static final String RECORD_KICK_OFF = "Task_RecordKickOff";
    public static final String WRITE_PLAN = "Task_WritePlan";
    public static final String REVIEW_PLAN = "Task_ReviewPlan";
    public static final String MONITOR_EXECUTION = "Task_MonitorExecution";
    public static final String PROGRESS_DUE = "Boundary_ProgressDue";
    public static final String REPORT_PROGRESS = "Task_ReportProgress";
    public static final String REVIEW_ACCEPTANCE = "Task_ReviewAcceptance";
    public static final String WRITE_SUMMARY = "Task_WriteProjectSummary";
    public static final String RECORD_INCENTIVES = "Task_RecordIncentives";
    public static final String WAIT_FOR_POST_EVALUATION = "Timer_PostEvaluation";
    public static final String POST_EVALUATION = "Task_PostEvaluation";
    public static final String END_PROJECT_CLOSED = "End_ProjectClosed";
    /** 驳回 ends right above the step that rejected, one end event per review step. */
    public static final String END_REJECTED_BY_HEAD = "End_RejectedByHead";
    public static final String END_REJECTED_BY_GROUP = "End_RejectedByGroup";
    public static final String END_REJECTED_BY_MANAGEMENT = "End_RejectedByManagement";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String INITIATOR = "initiator";
    public static final String DEPARTMENT = "department";
    public static final String DEPARTMENT_OPTIONS = "departmentOptions";
    public static final String USER_OPTIONS = "userOptions";
    // the application (forms/collaboration-application.form)
    public static final String NAME = "projectName";
    public static final String GOAL = "projectGoal";
    public static final String TASKS = "projectTasks";
    public static final String START_DATE = "projectStart";
    public static final String END_DATE = "projectEnd";
    public static final String OTHER_DEPARTMENTS = "participatingDepartments";
    public static final String PARTICIPANTS = "participants";
    // CC-3.4 立项报告
    public static final String SCOPE = "projectScope";
    public static final String FEASIBILITY = "feasibility";
    /** 万元. */
    public static final String BUDGET = "projectBudget";
    /** The customer, where the project has one: acceptance then needs the customer's sign-off. */
    public static final String CUSTOMER = "projectCustomer";
    // the route, from processes/project-approval-route.dmn
    public static final String CROSS_DEPARTMENT = "crossDepartment";
    public static final String GROUP_REVIEW = "groupReview";
    public static final String MANAGEMENT_REVIEW = "managementReview";
    // the group's review (forms/collaboration-group-review.form)
    public static final String ASSESSMENT = "assessment";
    public static final String PROJECT_LEAD = "projectLead";
    // kick-off and plan (forms/collaboration-kickoff.form, forms/collaboration-plan.form)
    public static final String RESPONSIBILITIES = "responsibilities";
    public static final String WAY_OF_WORKING = "wayOfWorking";
    public static final String PHASES = "phases";
    public static final String RESOURCE_PLAN = "resourcePlan";
    public static final String QUALITY_PLAN = "qualityPlan";
    public static final String PLAN_RETURN_COMMENTS = "planReturnComments";
    public static final String PLAN_APPROVED_BY_ALL = "planApprovedByAll";
    /** Element variable of the heads' reviews: the department whose head reviews. */
    public static final String REVIEWING_DEPARTMENT = "reviewingDepartment";
    // execution (forms/collaboration-execution.form, forms/collaboration-progress.form)
    public static final String PROGRESS_CYCLE = "progressCycle";
    public static final String REPORTING_DEPARTMENT = "reportingDepartment";
    public static final String PROGRESS = "progress";
    public static final String PROGRESS_PROBLEMS = "progressProblems";
    public static final String PROGRESS_VIEW = "progressView";
    /** 万元 spent in the period a progress report covers (CC-3.4 cost control). */
    public static final String COST_INCURRED = "costIncurred";
    /** Budget, cost so far and its share, as the lead's form shows it. */
    public static final String COST_STATUS = "costStatus";
    public static final String CUSTOMER_SIGNED_BY = "customerSignedBy";
    public static final String CUSTOMER_SIGNED_ON = "customerSignedOn";
    public static final String RESULTS = "results";
    public static final String ACCEPTANCE_GAPS = "acceptanceGaps";
    public static final String ACCEPTED_BY_ALL = "acceptedByAll";
    // acceptance per head (forms/collaboration-acceptance.form)
    public static final String ACCEPTANCE = "acceptance";
    public static final String GAPS = "gaps";
    // summary and incentives
    public static final String LESSONS = "lessons";
    public static final String ACCEPTANCE_REPORT = "acceptanceReport";
    public static final String POST_EVALUATION_AT = "postEvaluationAt";
    public static final String GOAL_ACHIEVEMENT = "goalAchievement";
    public static final String BENEFITS = "benefits";
    public static final String EVALUATION_SUGGESTIONS = "evaluationSuggestions";
    public static final String INCENTIVES = "incentives";
    // the record
    public static final String PROJECT_ID = "projectId";
    public static final String PROJECT_NUMBER = "projectNumber";
    public static final String PROJECT_STATUS = "projectStatus";
    public static final String DEPARTMENT_NAMES = "departmentNames";
    /** The project's departments, as options of the incentives form. */
    public static final String PROJECT_DEPARTMENT_OPTIONS = "projectDepartmentOptions";
    public static final String LEAD_NAME = "projectLeadName";
    public static final String PHASES_VIEW = "phasesView";
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
    public static final TextField ASSESSMENT = new TextField(Variables.ASSESSMENT, "评估意见", 2000);
    public static final TextField INCENTIVES_PERSON = TextField.column(Variables.INCENTIVES, "person", "人员", 50);
    public static final TextField INCENTIVES_REASON = TextField.column(Variables.INCENTIVES, "reason", "事由", 200);
    public static final TextField NAME = new TextField(Variables.NAME, "项目名称", 100);
    public static final TextField GOAL = new TextField(Variables.GOAL, "项目目标", 2000);
    public static final TextField TASKS = new TextField(Variables.TASKS, "项目任务", 4000);
    public static final TextField PARTICIPANTS = new TextField(Variables.PARTICIPANTS, "参与人员", 2000);
    public static final TextField PHASES_NAME = TextField.column(Variables.PHASES, "name", "名称", 100);
    public static final TextField PHASES_TASKS = TextField.column(Variables.PHASES, "tasks", "任务", 2000);
    public static final TextField PHASES_RESPONSIBLE = TextField.column(Variables.PHASES, "responsible", "责任人", 50);
    public static final TextField PHASES_DELIVERABLES = TextField.column(Variables.PHASES, "deliverables", "交付成果", 1000);
    public static final TextField GAPS = new TextField(Variables.GAPS, "差距和问题（不通过时必填）", 2000);
    public static final TextField RESPONSIBILITIES = new TextField(Variables.RESPONSIBILITIES, "各部门职责分工", 2000);
    public static final TextField WAY_OF_WORKING = new TextField(Variables.WAY_OF_WORKING, "工作方式", 2000);
    public static final TextField PROGRESS = new TextField(Variables.PROGRESS, "进展情况", 2000);
    public static final TextField PROGRESS_PROBLEMS = new TextField(Variables.PROGRESS_PROBLEMS, "存在的问题", 2000);
    public static final TextField LESSONS = new TextField(Variables.LESSONS, "经验教训", 4000);
    public static final TextField RESULTS = new TextField(Variables.RESULTS, "项目成果（对照目标和交付成果）", 4000);
    public static final TextField SCOPE = new TextField(Variables.SCOPE, "项目范围", 2000);
    public static final TextField FEASIBILITY = new TextField(Variables.FEASIBILITY, "可行性研究", 4000);
    public static final TextField CUSTOMER = new TextField(Variables.CUSTOMER, "客户单位", 100);
    public static final TextField RESOURCE_PLAN = new TextField(Variables.RESOURCE_PLAN, "资源安排", 2000);
    public static final TextField QUALITY_PLAN = new TextField(Variables.QUALITY_PLAN, "质量计划", 2000);
    public static final TextField CUSTOMER_SIGNED_BY = new TextField(Variables.CUSTOMER_SIGNED_BY, "客户签收人", 50);
    public static final TextField ACCEPTANCE_REPORT = new TextField(Variables.ACCEPTANCE_REPORT, "验收报告", 4000);
    public static final TextField GOAL_ACHIEVEMENT = new TextField(Variables.GOAL_ACHIEVEMENT, "目标达成情况", 2000);
    public static final TextField BENEFITS = new TextField(Variables.BENEFITS, "效益评价", 2000);
    public static final TextField EVALUATION_SUGGESTIONS = new TextField(Variables.EVALUATION_SUGGESTIONS, "改进建议", 2000);

    private TextFields() {
    }
  }
}

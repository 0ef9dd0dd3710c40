package com.opsflow.customer;

import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/customer-case.bpmn}, its forms and the Java around it. */
public final class CustomerCaseProcess {

  public static final String KEY = "customer-case";
  /** Handling time per category and severity, edited by process owners. */
  public static final String DEADLINES_DECISION = "case-deadlines";
  /** Whether a change request needs 管理层 too, by its cost and time impact. */
  public static final String CHANGE_APPROVAL_DECISION = "change-request-approval";

  private CustomerCaseProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "Start_CaseReceived";
    public static final String REGISTER_CASE = "Task_RegisterCase";
    public static final String ANSWER_ENQUIRY = "Task_AnswerEnquiry";
    public static final String ANSWER_BY_DEPARTMENT = "Task_DepartmentAnswer";
    public static final String RELAY_ANSWER = "Task_RelayAnswer";
    public static final String END_ANSWERED = "End_Answered";
    public static final String INVESTIGATE = "Task_Investigate";
    public static final String DECIDE_HANDLING = "Task_DecideHandling";
    public static final String DETERMINE_HANDLING_TIME = "Task_DetermineHandlingTime";
    public static final String REPORT_TO_MANAGEMENT = "Task_ReportToManagement";
    public static final String HANDLE_COMPLAINT = "Task_HandleComplaint";
    public static final String REPLY_TO_CUSTOMER = "Task_ReplyToCustomer";
    public static final String RECORD_SATISFACTION = "Task_RecordSatisfaction";
    public static final String ANALYSE_CASE = "Task_AnalyseCase";
    public static final String END_COMPLAINT_CLOSED = "End_ComplaintClosed";
    public static final String ASSESS_CHANGE = "Task_AssessChange";
    public static final String REVIEW_CHANGE_BY_HEAD = "Task_ReviewChangeByHead";
    public static final String DETERMINE_CHANGE_ROUTE = "Task_DetermineChangeRoute";
    public static final String REVIEW_CHANGE_BY_MANAGEMENT = "Task_ReviewChangeByManagement";
    public static final String COMMUNICATE_CHANGE = "Task_CommunicateChange";
    public static final String END_CHANGE_CLOSED = "End_ChangeClosed";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    // the intake (forms/customer-case-intake.form, or POST /api/customer-cases)
    public static final String CUSTOMER_NAME = "customerName";
    public static final String CUSTOMER_COMPANY = "customerCompany";
    public static final String CUSTOMER_CONTACT = "customerContact";
    public static final String CHANNEL = "caseChannel";
    public static final String CATEGORY = "caseCategory";
    public static final String SEVERITY = "caseSeverity";
    public static final String DESCRIPTION = "caseDescription";
    public static final String PROJECT_NAME = "projectName";
    public static final String RESPONSIBLE_DEPARTMENT = "responsibleDepartment";
    public static final String INITIATOR = "initiator";
    /** Set when a call-back raised the case: the number of the case called back about. */
    public static final String RELATED_CASE = "relatedCase";
    // the record, for the forms
    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CASE_STATUS = "caseStatus";
    public static final String CASE_OWNER = "caseOwner";
    public static final String CHANNEL_LABEL = "channelLabel";
    public static final String CATEGORY_LABEL = "categoryLabel";
    public static final String SEVERITY_LABEL = "severityLabel";
    public static final String RESPONSIBLE_DEPARTMENT_NAME = "responsibleDepartmentName";
    public static final String DEPARTMENT_OPTIONS = "departmentOptions";
    public static final String CASE_ROUND = "caseRound";
    // enquiries and suggestions (CC-3.2.2)
    public static final String ENQUIRY_HANDLING = "enquiryHandling";
    public static final String ANSWER = "caseAnswer";
    public static final String DEPARTMENT_ANSWER = "departmentAnswer";
    public static final String CUSTOMER_REPLY = "customerReply";
    // complaints (CC-3.2.3)
    public static final String COMPLAINT_DETAILS = "complaintDetails";
    public static final String INVESTIGATION = "investigation";
    public static final String SOLUTION = "solution";
    /** From case-deadlines.dmn: an ISO-8601 duration such as P3D. */
    public static final String HANDLING_TIME = "handlingTime";
    public static final String HANDLING_DUE = "handlingDue";
    public static final String HANDLING_RESULT = "handlingResult";
    public static final String SATISFACTION = "satisfaction";
    public static final String CUSTOMER_OPINION = "customerOpinion";
    public static final String ANALYSIS = "caseAnalysis";
    public static final String IMPROVEMENTS = "improvements";
    /** The analysis's finding that the complaint was the responsible department's fault (TC-6.2). */
    public static final String DEPARTMENT_AT_FAULT = "departmentAtFault";
    /** The analysis asks the responsible department to rectify, and what (SV-3.4 tracking). */
    public static final String NEEDS_RECTIFICATION = "needsRectification";
    public static final String RECTIFICATION_REQUIREMENT = "rectificationRequirement";
    // change requests (TC-4.2.2)
    public static final String SCOPE_IMPACT = "scopeImpact";
    public static final String TIME_IMPACT_DAYS = "timeImpactDays";
    public static final String COST_IMPACT = "costImpact";
    public static final String CHANGE_SOLUTION = "changeSolution";
    /** From change-request-approval.dmn. */
    public static final String MANAGEMENT_APPROVAL = "managementApproval";
    public static final String DECISION = ReviewVariables.DECISION;
    public static final String DECISION_COMMENT = ReviewVariables.DECISION_COMMENT;
    public static final String REVIEW_OUTCOME = ReviewVariables.REVIEW_OUTCOME;
    public static final String DECISION_HISTORY = ReviewVariables.DECISION_HISTORY;

    private Variables() {
    }
  }

  /** What people type, with the label and limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField CUSTOMER_NAME = new TextField(Variables.CUSTOMER_NAME, "客户姓名", 50);
    public static final TextField CUSTOMER_COMPANY = new TextField(Variables.CUSTOMER_COMPANY, "客户单位", 100);
    public static final TextField CUSTOMER_CONTACT = new TextField(Variables.CUSTOMER_CONTACT, "联系电话或邮箱", 100);
    public static final TextField DESCRIPTION = new TextField(Variables.DESCRIPTION, "反馈内容", 2000);
    public static final TextField PROJECT_NAME = new TextField(Variables.PROJECT_NAME, "所属项目", 100);
    public static final TextField ANSWER = new TextField(Variables.ANSWER, "答复内容", 2000);
    public static final TextField DEPARTMENT_ANSWER = new TextField(Variables.DEPARTMENT_ANSWER, "部门解答", 2000);
    public static final TextField CUSTOMER_REPLY = new TextField(Variables.CUSTOMER_REPLY, "答复客户的内容", 2000);
    public static final TextField COMPLAINT_DETAILS = new TextField(Variables.COMPLAINT_DETAILS, "安抚情况与投诉详情", 2000);
    public static final TextField INVESTIGATION = new TextField(Variables.INVESTIGATION, "调查核实情况", 2000);
    public static final TextField SOLUTION = new TextField(Variables.SOLUTION, "处理方案", 2000);
    public static final TextField HANDLING_RESULT = new TextField(Variables.HANDLING_RESULT, "处理结果", 2000);
    public static final TextField CUSTOMER_OPINION = new TextField(Variables.CUSTOMER_OPINION, "客户意见", 2000);
    public static final TextField ANALYSIS = new TextField(Variables.ANALYSIS, "案例分析", 2000);
    public static final TextField IMPROVEMENTS = new TextField(Variables.IMPROVEMENTS, "改进措施", 2000);
    public static final TextField RECTIFICATION_REQUIREMENT = new TextField(Variables.RECTIFICATION_REQUIREMENT, "整改要求", 2000);
    public static final TextField SCOPE_IMPACT = new TextField(Variables.SCOPE_IMPACT, "对范围的影响", 2000);
    public static final TextField CHANGE_SOLUTION = new TextField(Variables.CHANGE_SOLUTION, "变更方案", 2000);

    private TextFields() {
    }
  }
}

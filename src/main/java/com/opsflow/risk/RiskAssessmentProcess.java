package com.opsflow.risk;

import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/risk-assessment.bpmn} (风险识别与评估, OM-5.1), its forms and the Java around it. */
public final class RiskAssessmentProcess {

  public static final String KEY = "risk-assessment";

  private RiskAssessmentProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String IDENTIFY = "Task_IdentifyRisks";
    public static final String REVIEW_BY_HEAD = "Task_ReviewRisksByHead";
    public static final String CONSOLIDATE = "Task_ConsolidateRisks";
    public static final String ACKNOWLEDGE_MAJOR = "Task_AcknowledgeMajorRisks";
    public static final String OPEN_RESPONSES = "Task_OpenRiskResponses";
    public static final String END = "End_RisksRegistered";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    /** The department assessing, passed in by the round. */
    public static final String DEPARTMENT = "department";
    public static final String DEPARTMENT_NAME = "departmentName";
    /** The round's code, e.g. 2026Q4, in report numbers; and as people read it, 2026年第4季度. */
    public static final String ROUND = "riskRound";
    public static final String ROUND_LABEL = "riskRoundLabel";
    /** The department's open register risks, to reassess rather than to enter again. */
    public static final String EXISTING_RISK_OPTIONS = "existingRiskOptions";
    /** The dynamic list: existingRisk, category, description, likelihood, impact per risk. */
    public static final String RISKS = "risks";
    /** The risks with the level the risk matrix gave each, as the review forms show them. */
    public static final String RISKS_VIEW = "risksView";
    public static final String REPORT_ID = "riskReportId";
    public static final String REPORT_NUMBER = "riskReportNumber";
    public static final String REPORT_STATUS = "riskReportStatus";
    public static final String HAS_MAJOR = "hasMajorRisks";
    public static final String MAJOR_RISKS_VIEW = "majorRisksView";
    public static final String MAJOR_RISK_IDS = "majorRiskIds";
    /** Every risk the report entered or reassessed, for the responses (OM-5.2). */
    public static final String REGISTERED_RISK_IDS = "registeredRiskIds";
    /** The responses opened for them, e.g. YD-2026-001-1. */
    public static final String RESPONSES_OPENED = "riskResponsesOpened";
    public static final String ACKNOWLEDGEMENT = "acknowledgement";
    public static final String DECISION = ReviewVariables.DECISION;
    public static final String DECISION_COMMENT = ReviewVariables.DECISION_COMMENT;
    public static final String REVIEW_OUTCOME = ReviewVariables.REVIEW_OUTCOME;
    public static final String DECISION_HISTORY = ReviewVariables.DECISION_HISTORY;

    private Variables() {
    }
  }

  /** What people type, with the limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField RISKS_DESCRIPTION = TextField.column(Variables.RISKS, "description", "风险描述", 1000);
    public static final TextField ACKNOWLEDGEMENT = new TextField(Variables.ACKNOWLEDGEMENT, "管理层意见", 2000);

    private TextFields() {
    }
  }
}

package com.opsflow.datareport;

import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/data-report.bpmn} (数据报送与分析, the monthly round), its forms and the Java around it. */
public final class DataReportProcess {

  public static final String KEY = "data-report";

  private DataReportProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "Start_MonthDue";
    public static final String SUBMIT_PER_DEPARTMENT = "Activity_SubmitPerDepartment";
    public static final String WRITE = "Task_WriteReport";
    public static final String REVIEW = "Task_ReviewReport";
    public static final String END = "End_ReportPublished";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    /** The month reported, e.g. 2026-11. */
    public static final String PERIOD = "dataPeriod";
    public static final String REPORT_ID = "dataReportId";
    public static final String REPORT_NUMBER = "dataReportNumber";
    public static final String REPORT_STATUS = "dataReportStatus";
    /** Each department's values beside the month before, and the departments' notes, as the forms' tables show them. */
    public static final String FIGURES_VIEW = "figuresView";
    public static final String NOTES_VIEW = "notesView";
    public static final String PURPOSE = "reportPurpose";
    public static final String METHOD = "reportMethod";
    public static final String RESULTS = "reportResults";
    public static final String RECOMMENDATIONS = "reportRecommendations";
    public static final String DECISION = ReviewVariables.DECISION;
    public static final String DECISION_COMMENT = ReviewVariables.DECISION_COMMENT;
    public static final String REVIEW_OUTCOME = ReviewVariables.REVIEW_OUTCOME;
    public static final String DECISION_HISTORY = ReviewVariables.DECISION_HISTORY;

    private Variables() {
    }
  }

  /** What people type, with the limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField PURPOSE = new TextField(Variables.PURPOSE, "目的", 2000);
    public static final TextField METHOD = new TextField(Variables.METHOD, "方法", 2000);
    public static final TextField RESULTS = new TextField(Variables.RESULTS, "结果", 2000);
    public static final TextField RECOMMENDATIONS = new TextField(Variables.RECOMMENDATIONS, "建议", 2000);

    private TextFields() {
    }
  }
}

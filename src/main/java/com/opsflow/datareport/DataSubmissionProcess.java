package com.opsflow.datareport;

import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/data-submission.bpmn} (a department's 数据报送, OC-2.3.1, OM-7.1). */
public final class DataSubmissionProcess {

  public static final String KEY = "data-submission";

  private DataSubmissionProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String SUBMIT = "Task_SubmitData";
    public static final String LATE = "Timer_SubmissionLate";
    public static final String CHASE = "Task_ChaseSubmission";
    public static final String END = "End_DataSubmitted";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String DEPARTMENT = "department";
    public static final String DEPARTMENT_NAME = "departmentName";
    public static final String PERIOD = DataReportProcess.Variables.PERIOD;
    public static final String REPORT_ID = DataReportProcess.Variables.REPORT_ID;
    /** The dynamic list: indicator, label, previous (read only) and value per indicator of the department. */
    public static final String VALUES = "dataValues";
    public static final String NOTES = "dataNotes";

    private Variables() {
    }
  }

  /** What people type, with the limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField NOTES = new TextField(Variables.NOTES, "说明", 1000);

    private TextFields() {
    }
  }
}

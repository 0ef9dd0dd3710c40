package com.opsflow.supervision;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/rectification-help.bpmn}, its forms and the Java around it. */
public final class RectificationHelpProcess {

  public static final String KEY = "rectification-help";

  private RectificationHelpProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "Start_HelpRequested";
    public static final String LIST_FINDINGS = "Task_ListFindings";
    public static final String DESCRIBE = "Task_DescribeDifficulty";
    public static final String ANSWER = "Task_AnswerHelp";
    public static final String END = "End_HelpAnswered";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String INITIATOR = ApplicationProcess.INITIATOR;
    public static final String DEPARTMENT = "department";
    public static final String FINDING_OPTIONS = "findingOptions";
    /** The chosen finding's id, as the select submits it. */
    public static final String FINDING = "finding";
    public static final String FINDING_TITLE = "findingTitle";
    public static final String CURRENT_PROGRESS = "currentProgress";
    public static final String DIFFICULTY = "difficulty";
    public static final String REQUEST_ID = "helpRequestId";
    public static final String ANSWER = "helpAnswer";

    private Variables() {
    }
  }

  /** What people type, with the label and limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField CURRENT_PROGRESS = new TextField(Variables.CURRENT_PROGRESS, "目前的整改进展", 2000);
    public static final TextField DIFFICULTY = new TextField(Variables.DIFFICULTY, "遇到的困难和需要的协助", 2000);
    public static final TextField ANSWER = new TextField(Variables.ANSWER, "协调结果", 2000);

    private TextFields() {
    }
  }
}

package com.opsflow.collaboration;
import com.opsflow.kernel.TextField;

/** Names shared by {@code processes/project-coordination.bpmn} (临时沟通协调), its forms and the Java around it. */
public final class ProjectCoordinationProcess {

  public static final String KEY = "project-coordination";

  private ProjectCoordinationProcess() {
  }

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String RAISE_ISSUE = "Task_RaiseIssue";
    public static final String RESOLVE_ISSUE = "Task_ResolveIssue";
    public static final String END_RESOLVED = "End_IssueResolved";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String INITIATOR = "initiator";
    public static final String DEPARTMENT = "department";
    public static final String PROJECT_OPTIONS = "projectOptions";
    public static final String CHOSEN_PROJECT = "chosenProject";
    public static final String ISSUE = "issue";
    public static final String ISSUE_ID = "issueId";
    public static final String PROJECT_ID = "projectId";
    public static final String PROJECT_NUMBER = "projectNumber";
    public static final String PROJECT_NAME = "projectName";
    public static final String PROJECT_LEAD = "projectLead";
    public static final String RAISED_BY = "raisedByName";
    public static final String OUTCOME = "outcome";

    private Variables() {
    }
  }

  /** What people type, with the label and limit the server checks and the forms repeat (FormLimitsTest). */
  public static final class TextFields {
    public static final TextField ISSUE = new TextField(Variables.ISSUE, "需要协调的问题", 2000);
    public static final TextField OUTCOME = new TextField(Variables.OUTCOME, "协调结果", 2000);

    private TextFields() {
    }
  }
}

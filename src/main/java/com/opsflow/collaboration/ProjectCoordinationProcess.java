package com.opsflow.collaboration;

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
}

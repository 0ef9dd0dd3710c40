package com.opsflow.approval.application;

import java.util.List;


/**
 * An application as the people involved read it: where it stands, who works on it, who will decide next if all
 * approve (流程预测), what happened, who was copied in.
 */
public record ApplicationView(String processInstanceId, String process, String businessKey, String state,
    String initiator, String startedAt, List<OpenStep> openSteps, List<RouteAhead.NextStep> routeAhead, List<Event> history,
    List<String> copiedTo, List<AttachmentLine> attachments, boolean mayAttach) {

  /** A file attached to the application, as its page and the 审批单 list it. */
  public record AttachmentLine(long id, String name, String size, String step, String uploadedBy, String uploadedAt,
      String url) {
  }

  public record OpenStep(String taskId, String step, String assignee, String due) {
  }

  public record Event(String time, String person, String what) {
  }
}

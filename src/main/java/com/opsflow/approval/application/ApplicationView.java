package com.opsflow.approval.application;

import java.util.List;


/**
 * An application as the people involved read it: where it stands, who works on it, who will decide next if all
 * approve (流程预测), what happened, who was copied in.
 */
public record ApplicationView(String processInstanceId, String process, String businessKey, String state,
    String initiator, String startedAt, List<OpenStep> openSteps, List<RouteAhead.NextStep> routeAhead, List<Event> history,
    List<String> copiedTo) {

  public record OpenStep(String taskId, String step, String assignee, String due) {
  }

  public record Event(String time, String person, String what) {
  }
}

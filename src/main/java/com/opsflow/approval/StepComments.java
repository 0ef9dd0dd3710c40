package com.opsflow.approval;

import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A comment on a task and its instance (Tasklist's history tab, the application page), written inside the engine's
 * command: from a listener the task may be gone (its step ended) or not yet stored (it is being created), and the
 * comment command would refuse a task it cannot find.
 */
final class StepComments {

  private StepComments() {
  }

  static void add(String taskId, String processInstanceId, String rootProcessInstanceId, String userId, String message) {
    CommentEntity comment = new CommentEntity();
    comment.setUserId(userId);
    comment.setType(CommentEntity.TYPE_COMMENT);
    comment.setTime(ClockUtil.getCurrentTime());
    comment.setTaskId(taskId);
    comment.setProcessInstanceId(processInstanceId);
    comment.setRootProcessInstanceId(rootProcessInstanceId);
    comment.setAction(UserOperationLogEntry.OPERATION_TYPE_CREATE);
    comment.setMessage(message);
    comment.setFullMessage(message);
    Context.getCommandContext().getCommentManager().insert(comment);
  }
}

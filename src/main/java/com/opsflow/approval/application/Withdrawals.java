package com.opsflow.approval.application;

import static com.opsflow.approval.ApplicationProcess.WITHDRAWN_BY;
import static com.opsflow.approval.ApplicationProcess.WITHDRAW_MESSAGE;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.cc.Involvement;
import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.Refusal;

/**
 * 撤回: the initiator takes an application back while nobody has acted on it yet. The diagram's own
 * 撤回 event sub-process ends the instance (its record says 已撤回); once a reviewer has claimed,
 * decided or otherwise worked a task of it, the reviewer's work is not undone and withdrawing is refused.
 */
@Service
public class Withdrawals {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final Involvement involvement;
  private final Privileged privileged;

  Withdrawals(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
      Involvement involvement, Privileged privileged) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.involvement = involvement;
    this.privileged = privileged;
  }

  @Transactional
  public void withdraw(String processInstanceId, String caller) {
    involvement.instanceFor(processInstanceId, caller, true);
    if (!involvement.isInitiator(processInstanceId, caller)) {
      throw Refusal.forbidden("只有申请人本人可以撤回申请。");
    }
    if (!involvement.running(processInstanceId)) {
      throw Refusal.badRequest("这项申请已经结束，不能再撤回。");
    }
    boolean withdrawable = privileged.call(() -> runtimeService.createEventSubscriptionQuery()
        .processInstanceId(processInstanceId).eventType("message").eventName(WITHDRAW_MESSAGE).count()) > 0;
    if (!withdrawable) {
      throw Refusal.badRequest("这一流程不能由申请人撤回。");
    }
    if (someoneElseActed(processInstanceId, caller)) {
      throw Refusal.badRequest("审批人已经开始处理这项申请，不能再撤回；如需终止，请联系审批人退回或驳回。");
    }
    privileged.run(() -> runtimeService.createMessageCorrelation(WITHDRAW_MESSAGE).processInstanceId(processInstanceId)
        .setVariable(WITHDRAWN_BY, caller).correlateWithResult());
  }

  /** Whether the initiator could withdraw now (for showing the 撤回 button; {@link #withdraw} checks again). */
  public boolean withdrawable(String processInstanceId, String initiator) {
    return involvement.running(processInstanceId)
        && privileged.call(() -> runtimeService.createEventSubscriptionQuery().processInstanceId(processInstanceId)
            .eventType("message").eventName(WITHDRAW_MESSAGE).count()) > 0
        && !someoneElseActed(processInstanceId, initiator);
  }

  /** A task someone else finished, or one they claimed, were handed or were asked to work on. */
  private boolean someoneElseActed(String processInstanceId, String initiator) {
    return privileged.call(() ->
        historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).finished().list().stream()
            .anyMatch(task -> !initiator.equals(task.getAssignee()))
        || taskService.createTaskQuery().processInstanceId(processInstanceId).list().stream()
            .anyMatch(task -> task.getAssignee() != null && !initiator.equals(task.getAssignee())));
  }
}

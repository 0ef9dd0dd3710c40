package com.opsflow.approval.cc;

import static com.opsflow.approval.ApplicationProcess.INITIATOR;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.Refusal;

/** Who has a part in an application: its initiator, the people who may work or worked its tasks, those copied in. */
@Component
public class Involvement {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final CarbonCopyRecords carbonCopies;
  private final Privileged privileged;

  Involvement(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
      CarbonCopyRecords carbonCopies, Privileged privileged) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.carbonCopies = carbonCopies;
    this.privileged = privileged;
  }

  /** The instance, running or ended; 404 to whoever has no part in it, so its existence is not revealed. */
  public HistoricProcessInstance instanceFor(String processInstanceId, String user, boolean readOnly) {
    HistoricProcessInstance instance = privileged.call(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult());
    if (instance == null || user == null || !(readOnly ? mayRead(processInstanceId, user) : worksOn(processInstanceId, user))) {
      throw Refusal.notFound("没有找到这项申请，或您无权查看。");
    }
    return instance;
  }

  public String initiatorOf(String processInstanceId) {
    HistoricVariableInstance initiator = privileged.call(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(INITIATOR).singleResult());
    return initiator == null ? null : (String) initiator.getValue();
  }

  public boolean isInitiator(String processInstanceId, String user) {
    return user.equals(initiatorOf(processInstanceId));
  }

  /** The initiator, or whoever may work one of its open tasks now. */
  public boolean worksOn(String processInstanceId, String user) {
    return isInitiator(processInstanceId, user) || privileged.call(() -> taskService.createTaskQuery()
        .processInstanceId(processInstanceId).or().taskAssignee(user).taskCandidateUser(user).endOr().count()) > 0;
  }

  boolean mayRead(String processInstanceId, String user) {
    return worksOn(processInstanceId, user)
        || carbonCopies.existsByProcessInstanceIdAndRecipient(processInstanceId, user)
        || privileged.call(() -> historyService.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
            .taskAssignee(user).count()) > 0
        || decidedOn(processInstanceId, user);
  }

  /**
   * A reviewer who decided a step without claiming it first (a REST client may) is not its assignee; their decision
   * is a comment under their name, and that makes them one of the people involved.
   */
  private boolean decidedOn(String processInstanceId, String user) {
    return privileged.call(() -> taskService.getProcessInstanceComments(processInstanceId)).stream()
        .anyMatch(comment -> user.equals(comment.getUserId()));
  }

  public boolean running(String processInstanceId) {
    return privileged.call(() -> runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()) > 0;
  }
}

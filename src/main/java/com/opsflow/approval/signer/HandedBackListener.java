package com.opsflow.approval.signer;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewVariables;
import com.opsflow.kernel.EveryUserTask;

/**
 * When somebody asked to decide before the reviewer (加签) submits the step's form, the engine resolves the delegation
 * — an update of the task, not a completion. This hands their decision to {@link Signing} as their opinion and clears
 * the form's decision fields, so the next person's form starts empty.
 */
@Component
class HandedBackListener extends AbstractProcessEnginePlugin {

  private final Signing signing;

  HandedBackListener(@Lazy Signing signing) {
    this.signing = signing;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_UPDATE, HandedBackListener.this::updated);
  }

  private void updated(DelegateTask task) {
    if (((TaskEntity) task).getDelegationState() != DelegationState.RESOLVED
        || !task.hasVariable(ReviewVariables.DECISION)) {
      return;
    }
    String person = Context.getCommandContext().getAuthenticatedUserId();
    if (signing.handedBack(task.getId(), person, task.getVariable(ReviewVariables.DECISION),
        task.getVariable(ReviewVariables.DECISION_COMMENT))) {
      // a plain 委派 keeps the colleague's proposal filled in; an added signer's decision was their own opinion
      task.getExecution().removeVariable(ReviewVariables.DECISION);
      task.getExecution().removeVariable(ReviewVariables.DECISION_COMMENT);
      task.getExecution().removeVariable(ReviewVariables.RETURN_TO);
    }
  }
}

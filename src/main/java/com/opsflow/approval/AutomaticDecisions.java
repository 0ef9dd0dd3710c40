package com.opsflow.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.Steps;
import com.opsflow.kernel.EveryUserTask;

/**
 * Completes a step {@link OwnApplications} marked to be decided as it is created (申请人本人，自动跳过; the same approver
 * twice in a row). The last of a new task's listeners: the engine goes on calling the others after a completion, and
 * they would write to a task that is gone.
 */
@Component
@Order(100)
class AutomaticDecisions extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, AutomaticDecisions::decide);
  }

  private static void decide(DelegateTask task) {
    if (Steps.decidedAutomatically(task.getExecution())) {
      task.complete();
    }
  }
}

package com.opsflow.kernel;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;


/**
 * Engine calls that our own rules have already allowed (the initiator withdraws, a reviewer hands a task
 * to a colleague of the same role, the system looks up an e-mail address): they run without the engine's
 * authorization check, under the caller's identity, in the caller's transaction.
 */
@Component
public class Privileged {

  private final ProcessEngine engine;

  Privileged(@Lazy ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T call(Callable<T> work) {
    CommandContext current = Context.getCommandContext();
    if (current != null) {
      return current.runWithoutAuthorization(work);
    }
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(work));
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}

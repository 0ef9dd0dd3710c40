package com.opsflow.kernel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;


/** What every step's end listener asks first: did the step end because someone worked it, or was it cancelled? */
public final class Steps {

  private Steps() {
  }

  /**
   * True when the step ends without anyone deciding anything: the instance was deleted, withdrawn,
   * migrated, or a countersign round ended early. Its end listeners must then record nothing.
   */
  public static boolean cancelled(DelegateExecution execution) {
    return execution instanceof ActivityExecution step && step.isCanceled();
  }
}

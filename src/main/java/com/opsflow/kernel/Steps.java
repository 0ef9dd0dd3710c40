package com.opsflow.kernel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;


/**
 * What every step's listeners ask first: did the step end because someone worked it, or was it cancelled — and is a
 * step being created only to be decided automatically at once?
 */
public final class Steps {

  /** Transient, on a new step's execution: why it is decided as it is created (self-approval.dmn), for the trail. */
  public static final String DECIDED_AUTOMATICALLY = "automaticDecision";
  /**
   * Transient: which step that is. A step without a scope of its own shares the instance's execution with the steps
   * after it, which the same command may create: they are not decided automatically for it.
   */
  public static final String AUTOMATIC_STEP = "automaticStep";

  private Steps() {
  }

  /** A step decided as it is created tells nobody it is waiting: it is not. */
  public static boolean decidedAutomatically(DelegateExecution execution) {
    return execution != null && execution.getVariableLocal(DECIDED_AUTOMATICALLY) != null
        && execution.getCurrentActivityId() != null
        && execution.getCurrentActivityId().equals(execution.getVariableLocal(AUTOMATIC_STEP));
  }

  /**
   * True when the step ends without anyone deciding anything: the instance was deleted, withdrawn,
   * migrated, or a countersign round ended early. Its end listeners must then record nothing.
   */
  public static boolean cancelled(DelegateExecution execution) {
    return execution instanceof ActivityExecution step && step.isCanceled();
  }
}

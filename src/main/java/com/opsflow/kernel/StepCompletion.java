package com.opsflow.kernel;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * An end listener that records what someone did in a step. A step also ends when nobody worked it (the
 * application was withdrawn, the instance deleted or migrated, a countersign round ended early): then there is
 * nothing to record, and {@link #completed} is not called.
 */
public abstract class StepCompletion implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (!Steps.cancelled(execution)) {
      completed(execution);
    }
  }

  /** The step was worked: record it, refusing bad input with a {@link SubmissionRefused}. */
  protected abstract void completed(DelegateExecution execution);
}

package com.opsflow.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * 会签 and 或签 for multi-instance review steps, as completion conditions a diagram names:
 * {@code ${countersign.allMustApprove(execution)}} — everyone approves, and the first 退回 ends the
 * round for everyone (the others' open tasks are withdrawn) — or {@code ${countersign.anyOneDecides(execution)}}
 * — the first reviewer's decision counts for all. Each review's recording listener calls {@link #count} ({@code recordCountersignVote} where the step has no record of its own).
 */
@Component("countersign")
public class Countersign {

  static final String APPROVALS = "nrOfApprovals";
  static final String NOT_APPROVED = "nrOfNotApproved";
  private static final String INSTANCES = "nrOfInstances";

  /** Counts one reviewer's decision on the round (the multi-instance body), not on the reviewer's own task. */
  public static void count(DelegateExecution review, ReviewDecision decision) {
    DelegateExecution round = roundOf(review);
    if (round == null) {
      return; // not a multi-instance step
    }
    String counter = decision == ReviewDecision.APPROVE ? APPROVALS : NOT_APPROVED;
    round.setVariableLocal(counter, number(round, counter) + 1);
  }

  public boolean allMustApprove(DelegateExecution execution) {
    DelegateExecution round = roundOf(execution);
    return round != null && number(round, NOT_APPROVED) > 0;
  }

  public boolean anyOneDecides(DelegateExecution execution) {
    DelegateExecution round = roundOf(execution);
    return round != null && number(round, APPROVALS) + number(round, NOT_APPROVED) > 0;
  }

  private static DelegateExecution roundOf(DelegateExecution execution) {
    for (ExecutionEntity current = (ExecutionEntity) execution; current != null; current = current.getParent()) {
      if (current.hasVariableLocal(INSTANCES)) {
        return current;
      }
    }
    return null;
  }

  private static int number(VariableScope scope, String name) {
    Object value = scope.getVariableLocal(name);
    return value instanceof Number n ? n.intValue() : 0;
  }
}

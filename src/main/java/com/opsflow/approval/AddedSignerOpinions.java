package com.opsflow.approval;

import java.util.List;

/**
 * The signers a reviewer added to a step (加签, in {@code approval.signer}), as the step's decision sees them: the
 * decision is refused while a signer asked to decide alongside has not, and the opinions given go into the trail.
 */
public interface AddedSignerOpinions {

  /** Refuses the step's decision while somebody added to it still has to give their opinion. */
  void refuseWhileWaiting(String taskId);

  /** The opinions given on the step, in the order given; each is handed over once. */
  List<Opinion> takeFor(String taskId);
}

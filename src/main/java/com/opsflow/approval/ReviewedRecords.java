package com.opsflow.approval;

import java.time.Instant;

/** The records of one kind that review steps decide on (plans, adjustments …). */
public interface ReviewedRecords {

  /** Writes a reviewer's decision to the record and returns the record as it now stands. */
  Reviewed recordDecision(long recordId, String step, String reviewer, ReviewSubmission submission, Instant now);
}

package com.opsflow.approval;

import java.time.Instant;

/**
 * What someone the reviewer added to a step (加签) said before the step was decided: it goes into the record's trail
 * just before the step's own decision, under the step's name.
 */
public record Opinion(String actor, String actorName, String action, String comment, Instant at) {
}

package com.opsflow.meeting;

import java.time.Instant;

/** One line of the 决议台账. */
record ResolutionRow(String number, String meeting, String subject, String owner, String department, Instant due,
    String status, boolean overdue, int extensions, Instant closedAt, boolean closedLate) {
}

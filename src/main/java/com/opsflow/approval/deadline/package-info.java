/**
 * Time limits of every step: due dates from {@code task-deadline.dmn}, the half-hourly patrol that reminds before a
 * due date and escalates overdue tasks, and the applicant's own 催办.
 */
package com.opsflow.approval.deadline;

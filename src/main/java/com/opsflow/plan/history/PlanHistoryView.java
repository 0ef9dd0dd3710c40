package com.opsflow.plan.history;

import java.time.Instant;
import java.util.List;

/** A plan with all its versions, as {@code GET /api/plans/{number}} answers. */
record PlanHistoryView(String number, String department, String departmentName, String type, String period,
    List<Version> versions) {

  record Version(int version, String status, String title, Instant decidedAt, Long supersededBy,
      List<Item> items, List<Event> trail, Adjustment adjustment) {
  }

  record Item(String goal, String task, String measures, String deadline, String responsible, String resources,
      boolean keyTask) {
  }

  record Event(String step, String action, String actor, String comment, Instant at) {
  }

  /** The adjustment that brought a version into force: what, why, who approved, when. */
  record Adjustment(String number, String cause, String reason, String adjustedSchedule, String impact,
      List<Change> changes, List<Event> trail) {
  }

  record Change(String kind, int itemNo, String before, String after) {
  }
}

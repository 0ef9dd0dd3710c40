package com.opsflow.plan.history;

import java.time.Instant;
import java.util.List;

/** A plan with all its versions, as {@code GET /api/plans/{number}} answers. */
record PlanHistoryView(String number, String department, String departmentName, String type, String period,
    List<Version> versions, Breakdown breakdown) {

  /** @param parentPlan the plan this version breaks down (OM-3.2, OM-3.3), if any */
  record Version(int version, String status, String title, Instant decidedAt, Long supersededBy, String parentPlan,
      List<Item> items, List<Event> trail, Adjustment adjustment) {
  }

  /** @param parentItem the parent plan's item this one breaks down, or why it has none */
  record Item(String goal, String task, String measures, String deadline, String responsible, String resources,
      boolean keyTask, String parentItem) {
  }

  /**
   * How the plan is broken down (OM-3.2, OM-3.3): each of its items with the items of the quarterly (monthly)
   * plans below it, and the items below that name no item of this plan with their reason.
   */
  record Breakdown(List<Branch> items, List<Branch> unlinked) {
  }

  /** An item of {@code plan}, numbered {@code no} from 1, with the items that break it down. */
  record Branch(String plan, String period, int no, String item, String reason, List<Branch> below) {
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

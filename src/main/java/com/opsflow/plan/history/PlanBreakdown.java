package com.opsflow.plan.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.PlanHierarchy;
import com.opsflow.plan.PlanItem;

/**
 * The tree below a plan (OM-3.2, OM-3.3): annual items → the quarterly items that break them down → the monthly
 * items that refine those. Each plan's children are read once.
 */
final class PlanBreakdown {

  private final PlanHierarchy hierarchy;
  private final Map<String, List<OperationPlan>> children = new HashMap<>();
  private final List<PlanHistoryView.Branch> unlinked = new ArrayList<>();

  private PlanBreakdown(PlanHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  static PlanHistoryView.Breakdown of(OperationPlan plan, PlanHierarchy hierarchy) {
    PlanBreakdown breakdown = new PlanBreakdown(hierarchy);
    List<PlanHistoryView.Branch> items = new ArrayList<>();
    List<PlanItem> planItems = plan.items();
    for (int no = 1; no <= planItems.size(); no++) {
      items.add(new PlanHistoryView.Branch(plan.number(), plan.period().label(), no, planItems.get(no - 1).label(),
          null, breakdown.below(plan.number(), no)));
    }
    return new PlanHistoryView.Breakdown(items, breakdown.unlinked);
  }

  /** The items of the plans below {@code number} that break down its item {@code no}. */
  private List<PlanHistoryView.Branch> below(String number, int no) {
    List<PlanHistoryView.Branch> below = new ArrayList<>();
    for (OperationPlan child : childrenOf(number)) {
      List<PlanItem> items = child.items();
      for (int at = 1; at <= items.size(); at++) {
        if (Integer.valueOf(no).equals(items.get(at - 1).parentItemNo())) {
          below.add(branch(child, at, items.get(at - 1)));
        }
      }
    }
    return below;
  }

  /** The plans below {@code number}, read once; their items that name no parent item go to the unlinked list. */
  private List<OperationPlan> childrenOf(String number) {
    List<OperationPlan> found = children.get(number);
    if (found == null) {
      found = hierarchy.children(number);
      children.put(number, found);
      for (OperationPlan child : found) {
        List<PlanItem> items = child.items();
        for (int at = 1; at <= items.size(); at++) {
          if (items.get(at - 1).parentItemNo() == null) {
            unlinked.add(branch(child, at, items.get(at - 1)));
          }
        }
      }
    }
    return found;
  }

  private PlanHistoryView.Branch branch(OperationPlan plan, int no, PlanItem item) {
    return new PlanHistoryView.Branch(plan.number(), plan.period().label(), no, item.label(), item.unlinkedReason(),
        below(plan.number(), no));
  }
}

package com.opsflow.plan.history;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.approval.TrailEntry;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.organisation.Groups;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanHierarchy;
import com.opsflow.plan.PlanItems;
import com.opsflow.plan.adjustment.PlanAdjustment;
import com.opsflow.plan.adjustment.PlanAdjustments;

/**
 * {@code GET /api/plans/{number}}: every version of a plan, and for each version that an adjustment
 * brought into force, that adjustment (OM-3.4: the change stays traceable from the plan), and the tree of
 * the quarterly and monthly plans that break it down (OM-3.2, OM-3.3). Readable by
 * the plan's own department, 运营部 and 公司管理层; to anyone else the plan does not exist. JSON for
 * programs, a page for browsers.
 */
@RestController
class PlanHistoryController {

  private final OperationPlans plans;
  private final PlanAdjustments adjustments;
  private final IdentityService identityService;
  private final CompanyClock clock;
  private final PlanHierarchy hierarchy;

  PlanHistoryController(OperationPlans plans, PlanAdjustments adjustments, IdentityService identityService,
      CompanyClock clock, PlanHierarchy hierarchy) {
    this.hierarchy = hierarchy;
    this.clock = clock;
    this.plans = plans;
    this.adjustments = adjustments;
    this.identityService = identityService;
  }

  @GetMapping(path = "/api/plans/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<PlanHistoryView> history(@PathVariable String number) {
    List<OperationPlan> versions = plans.findByNumberOrderByVersion(number);
    if (versions.isEmpty() || !mayRead(versions.get(0).department())) {
      return ResponseEntity.notFound().build();
    }
    OperationPlan first = versions.get(0);
    return ResponseEntity.ok(new PlanHistoryView(first.number(), first.department(), first.departmentName(),
        first.type().label(), first.period().label(), versions.stream().map(this::version).toList(),
        PlanBreakdown.of(versions.get(versions.size() - 1), hierarchy)));
  }

  /** The same plan as a browser shows it, with times in the company's zone. */
  @GetMapping(path = "/api/plans/{number}", produces = "text/html;charset=UTF-8")
  @Transactional(readOnly = true)
  ResponseEntity<String> page(@PathVariable String number) {
    ResponseEntity<PlanHistoryView> history = history(number);
    return history.getBody() == null
        ? ResponseEntity.status(history.getStatusCode()).body(PlanPage.notFound(number))
        : ResponseEntity.ok(PlanPage.of(history.getBody(), clock));
  }

  private boolean mayRead(String department) {
    List<String> groups = CurrentUser.groups(identityService);
    return groups.contains(department) || groups.contains(Groups.OPERATIONS) || groups.contains(Groups.MANAGEMENT);
  }

  private PlanHistoryView.Version version(OperationPlan plan) {
    PlanHistoryView.Adjustment adjustment = plan.adjustmentId() == null ? null
        : adjustments.findById(plan.adjustmentId()).map(PlanHistoryController::adjustment).orElse(null);
    return new PlanHistoryView.Version(plan.version(), plan.status().label(), plan.title(), plan.decidedAt(),
        plan.supersededBy(), plan.parentPlanNumber(),
        plan.items().stream().map(item -> new PlanHistoryView.Item(item.goal(), item.task(), item.measures(),
            item.deadline().toString(), item.responsible(), item.resources(), item.keyTask(),
            PlanItems.parentItem(item))).toList(),
        events(plan.trail()), adjustment);
  }

  private static PlanHistoryView.Adjustment adjustment(PlanAdjustment adjustment) {
    String cause = adjustment.cause().label()
        + (adjustment.causeDescription() == null ? "" : "：" + adjustment.causeDescription());
    return new PlanHistoryView.Adjustment(adjustment.number(), cause, adjustment.reason(),
        adjustment.adjustedSchedule(), adjustment.impact(),
        adjustment.changes().stream().map(change -> new PlanHistoryView.Change(change.kind().label(),
            change.itemNo(), change.before(), change.after())).toList(),
        events(adjustment.trail()));
  }

  private static List<PlanHistoryView.Event> events(List<TrailEntry> trail) {
    return trail.stream().map(entry -> new PlanHistoryView.Event(entry.step(), entry.action(), entry.actorName(),
        entry.comment(), entry.occurredAt())).toList();
  }
}

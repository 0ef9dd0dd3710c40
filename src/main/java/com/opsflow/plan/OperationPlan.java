package com.opsflow.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import com.opsflow.approval.DecisionTrail;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.Reviewed;
import com.opsflow.approval.TrailEntry;

/**
 * A department's operation plan for one period, as the company keeps it: content, status, version and
 * the trail of every submission and decision. Knows nothing of Camunda.
 */
@Entity
@Table(name = "operation_plan")
public class OperationPlan implements Reviewed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_number", nullable = false)
  private String number;
  @Column(name = "version_no", nullable = false)
  private int version;
  @Column(nullable = false)
  private String department;
  @Column(name = "department_name", nullable = false)
  private String departmentName;
  @Enumerated(EnumType.STRING)
  @Column(name = "plan_type", nullable = false)
  private PlanType type;
  @Column(name = "period_year", nullable = false)
  private int periodYear;
  @Column(name = "period_number")
  private Integer periodNumber;
  @Column(nullable = false)
  private String title;
  @Column(nullable = false)
  private String summary;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanStatus status;
  /** Set while the plan holds its period; the unique constraint makes a second plan for it impossible. */
  @Column(name = "active_period_key")
  private String activePeriodKey;
  @Column(nullable = false)
  private String drafter;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "filed_with")
  private String filedWith;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "submitted_at")
  private Instant submittedAt;
  @Column(name = "decided_at")
  private Instant decidedAt;
  /** The adjustment whose approval brought this version into force (OM-3.4); null for version 1. */
  @Column(name = "adjustment_id")
  private Long adjustmentId;
  /** The plan this one breaks down: the annual plan of a quarterly plan, the quarterly plan of a monthly one. */
  @Column(name = "parent_plan_number")
  private String parentPlanNumber;
  /** The version that replaced this one. */
  @Column(name = "superseded_by")
  private Long supersededBy;

  // a plan is always read whole: its items and trail are small and part of it
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "operation_plan_item", joinColumns = @JoinColumn(name = "plan_id"))
  @OrderColumn(name = "item_order")
  private List<PlanItem> items = new ArrayList<>();

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "operation_plan_trail", joinColumns = @JoinColumn(name = "plan_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected OperationPlan() {
  }

  OperationPlan(String number, String department, String departmentName, String drafter,
      String processInstanceId, Instant now) {
    this.number = number;
    this.version = 1;
    this.department = department;
    this.departmentName = departmentName;
    this.drafter = drafter;
    this.processInstanceId = processInstanceId;
    this.status = PlanStatus.DRAFT;
    this.createdAt = now;
  }

  void submit(PlanDraft draft, String actorName, Instant now) {
    boolean again = status == PlanStatus.DRAFT && submittedAt != null;
    this.type = draft.period().type();
    this.periodYear = draft.period().year();
    this.periodNumber = draft.period().number();
    this.title = draft.title();
    this.summary = draft.summary();
    this.items.clear();
    this.items.addAll(draft.items());
    this.parentPlanNumber = null;
    this.status = PlanStatus.IN_REVIEW;
    this.activePeriodKey = draft.period().keyFor(department);
    this.submittedAt = now;
    trail.submitted("编制", again, drafter, actorName, now);
  }

  /**
   * The items as they break down the parent plan (OM-3.2, OM-3.3): the same items in the same order, each linked
   * to a parent item or saying why it has none.
   */
  void linkTo(String parentNumber, List<PlanItem> linkedItems) {
    if (linkedItems.size() != items.size()) {
      throw new IllegalArgumentException(linkedItems.size() + " links for " + items.size() + " items");
    }
    this.parentPlanNumber = parentNumber;
    this.items.clear();
    this.items.addAll(linkedItems);
  }

  /** A reviewer's decision: a return to the drafter makes the plan a draft again, a rejection ends it. */
  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
    if (submission.decision() == ReviewDecision.RETURN && submission.returnToStep() == null) {
      this.status = PlanStatus.DRAFT;
    } else if (submission.decision() == ReviewDecision.REJECT) {
      this.status = PlanStatus.REJECTED;
      this.activePeriodKey = null;
      this.decidedAt = now;
    }
  }

  void withdraw(String actor, String actorName, Instant now) {
    trail.withdrawn(actor, actorName, now);
    this.status = PlanStatus.WITHDRAWN;
    this.activePeriodKey = null;
    this.decidedAt = now;
  }

  /** The route has approved the plan: it comes into force as approved, filed or published (OM-3). */
  void putInForce(PlanStatus outcome, String filedWith, Instant now) {
    if (!outcome.inForce()) {
      throw new IllegalArgumentException(outcome + " is not a status in force");
    }
    this.status = outcome;
    this.filedWith = filedWith;
    this.decidedAt = now;
  }

  /**
   * The next version of this plan in force, with the adjusted items; this version stays in force until
   * {@link #supersedeBy} is called with the saved successor.
   */
  public OperationPlan nextVersion(List<PlanItem> adjustedItems, long adjustment, String adjustmentNumber,
      String approver, String approverName, String reason, Instant now) {
    if (!status.inForce()) {
      throw new IllegalStateException(number + " v" + version + " is not in force");
    }
    OperationPlan next = new OperationPlan(number, department, departmentName, drafter, processInstanceId, now);
    next.version = version + 1;
    next.type = type;
    next.periodYear = periodYear;
    next.periodNumber = periodNumber;
    next.title = title;
    next.summary = summary;
    adjustedItems.forEach(adjusted -> next.items.add(keepingLink(adjusted, adjustmentNumber)));
    next.parentPlanNumber = parentPlanNumber;
    next.status = status;
    next.filedWith = filedWith;
    next.submittedAt = now;
    next.decidedAt = now;
    next.adjustmentId = adjustment;
    next.trail.event("计划调整", "调整生效（" + adjustmentNumber + "）", approver, approverName, reason, now);
    return next;
  }

  /** An item the adjustment left as it was keeps its parent item; a new or changed one says where it came from. */
  private PlanItem keepingLink(PlanItem adjusted, String adjustmentNumber) {
    if (parentPlanNumber == null) {
      return adjusted;
    }
    return items.stream()
        .filter(earlier -> earlier.goal().equals(adjusted.goal()) && earlier.task().equals(adjusted.task()))
        .findFirst()
        .map(adjusted::withLinkOf)
        .orElseGet(() -> adjusted.unlinked("经计划调整 " + adjustmentNumber + " 新增或修改，未对应上级计划事项"));
  }

  /** Frees the period for the successor; call and flush before saving the successor. */
  public void supersedeBy(OperationPlan successor, String adjustmentNumber, Instant now) {
    trail.event("计划调整", "被第 " + successor.version + " 版取代（" + adjustmentNumber + "）", null, null, null, now);
    this.status = PlanStatus.SUPERSEDED;
    this.activePeriodKey = null;
  }

  /** Records the successor's id once it is saved. */
  public void supersededBy(long successorId) {
    this.supersededBy = successorId;
  }

  /** Puts the period key on this successor once its predecessor let go of it. */
  public void holdPeriod() {
    this.activePeriodKey = period().keyFor(department);
  }

  public Long adjustmentId() {
    return adjustmentId;
  }

  public String parentPlanNumber() {
    return parentPlanNumber;
  }

  public Long supersededBy() {
    return supersededBy;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public int version() {
    return version;
  }

  public String department() {
    return department;
  }

  public String departmentName() {
    return departmentName;
  }

  public PlanType type() {
    return type;
  }

  public PlanPeriod period() {
    return new PlanPeriod(type, periodYear, periodNumber);
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public PlanStatus status() {
    return status;
  }

  @Override
  public String statusLabel() {
    return status.label();
  }

  public String drafter() {
    return drafter;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String filedWith() {
    return filedWith;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public List<PlanItem> items() {
    return List.copyOf(items);
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

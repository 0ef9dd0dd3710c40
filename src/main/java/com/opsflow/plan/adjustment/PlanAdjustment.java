package com.opsflow.plan.adjustment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.PlanItem;

/**
 * An application to adjust a plan in force (计划调整申请, OM-3.4): why, what changes, the adjusted
 * schedule, the impact on other work, the departments affected, and the decision trail.
 */
@Entity
@Table(name = "plan_adjustment")
public class PlanAdjustment implements Reviewed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "adjustment_number", nullable = false)
  private String number;
  /** The version of the plan in force that this adjustment changes. */
  @Column(name = "plan_id", nullable = false)
  private Long planId;
  @Column(name = "plan_number", nullable = false)
  private String planNumber;
  @Column(name = "plan_version", nullable = false)
  private int planVersion;
  @Column(nullable = false)
  private String department;
  @Column(name = "department_name", nullable = false)
  private String departmentName;
  @Column(nullable = false)
  private String applicant;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AdjustmentCause cause;
  @Column(name = "cause_description")
  private String causeDescription;
  @Column(nullable = false)
  private String reason;
  @Column(name = "adjusted_schedule", nullable = false)
  private String adjustedSchedule;
  @Column(nullable = false)
  private String impact;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AdjustmentStatus status;
  /** The plan number while open; unique, so a plan has at most one open adjustment. */
  @Column(name = "open_plan_key")
  private String openPlanKey;
  @Column(name = "resulting_plan_id")
  private Long resultingPlanId;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "submitted_at")
  private Instant submittedAt;
  @Column(name = "decided_at")
  private Instant decidedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_adjustment_item", joinColumns = @JoinColumn(name = "adjustment_id"))
  @OrderColumn(name = "item_order")
  private List<PlanItem> adjustedItems = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_adjustment_change", joinColumns = @JoinColumn(name = "adjustment_id"))
  @OrderColumn(name = "change_order")
  private List<ItemChange> changes = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_adjustment_department", joinColumns = @JoinColumn(name = "adjustment_id"))
  @Column(name = "department")
  private Set<String> affectedDepartments = new LinkedHashSet<>();

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "plan_adjustment_trail", joinColumns = @JoinColumn(name = "adjustment_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected PlanAdjustment() {
  }

  PlanAdjustment(String number, OperationPlan plan, String applicant, String processInstanceId, Instant now) {
    this.number = number;
    this.planId = plan.id();
    this.planNumber = plan.number();
    this.planVersion = plan.version();
    this.department = plan.department();
    this.departmentName = plan.departmentName();
    this.applicant = applicant;
    this.processInstanceId = processInstanceId;
    this.status = AdjustmentStatus.DRAFT;
    this.createdAt = now;
  }

  void submit(AdjustmentRequest request, String applicantName, Instant now) {
    boolean again = submittedAt != null;
    this.cause = request.cause();
    this.causeDescription = request.causeDescription();
    this.reason = request.reason();
    this.adjustedSchedule = request.adjustedSchedule();
    this.impact = request.impact();
    this.adjustedItems.clear();
    this.adjustedItems.addAll(request.adjustedItems());
    this.changes.clear();
    this.changes.addAll(request.changes());
    this.affectedDepartments.clear();
    this.affectedDepartments.addAll(request.affectedDepartments());
    this.status = AdjustmentStatus.IN_REVIEW;
    this.openPlanKey = planNumber;
    this.submittedAt = now;
    trail.submitted("申请", again, applicant, applicantName, now);
  }

  /** A reviewer's decision: a return to the applicant makes the adjustment a draft again, a rejection ends it. */
  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
    if (submission.decision() == ReviewDecision.RETURN && submission.returnToStep() == null) {
      this.status = AdjustmentStatus.DRAFT;
    } else if (submission.decision() == ReviewDecision.REJECT) {
      close(AdjustmentStatus.REJECTED, now);
    }
  }

  void withdraw(String actorName, Instant now) {
    trail.withdrawn(applicant, actorName, now);
    close(AdjustmentStatus.WITHDRAWN, now);
  }

  void voidBecausePlanLeftForce(Instant now) {
    trail.event("调整生效", "作废", null, "系统", "计划 " + planNumber + " 第 " + planVersion
        + " 版已不再生效（已被其他途径变更），本调整不予应用。", now);
    close(AdjustmentStatus.VOIDED, now);
  }

  void applied(OperationPlan newVersion, Instant now) {
    this.resultingPlanId = newVersion.id();
    close(AdjustmentStatus.APPROVED, now);
  }

  private void close(AdjustmentStatus outcome, Instant now) {
    this.status = outcome;
    this.openPlanKey = null;
    this.decidedAt = now;
  }

  /** The latest approver: the one whose approval brings the adjustment into force. */
  TrailEntry lastApproval() {
    return trail.lastApproval().orElseThrow(() -> new IllegalStateException(number + " has no approval"));
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public Long planId() {
    return planId;
  }

  public String planNumber() {
    return planNumber;
  }

  public int planVersion() {
    return planVersion;
  }

  public String department() {
    return department;
  }

  public String applicant() {
    return applicant;
  }

  public AdjustmentCause cause() {
    return cause;
  }

  public String causeDescription() {
    return causeDescription;
  }

  public String reason() {
    return reason;
  }

  public String adjustedSchedule() {
    return adjustedSchedule;
  }

  public String impact() {
    return impact;
  }

  public AdjustmentStatus status() {
    return status;
  }

  @Override
  public String statusLabel() {
    return status.label();
  }

  public Long resultingPlanId() {
    return resultingPlanId;
  }

  public List<PlanItem> adjustedItems() {
    return List.copyOf(adjustedItems);
  }

  public List<ItemChange> changes() {
    return List.copyOf(changes);
  }

  public Set<String> affectedDepartments() {
    return Set.copyOf(affectedDepartments);
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

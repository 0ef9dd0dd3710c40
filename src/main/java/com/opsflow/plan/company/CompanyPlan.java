package com.opsflow.plan.company;

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
 * One version of the company's annual plan (OM-3.1): the yearly goals 运营部 writes and the departments' annual plans in
 * force it gathers. A version approved stays as it was; a department plan approved later makes the next version.
 */
@Entity
@Table(name = "company_plan")
public class CompanyPlan implements Reviewed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "plan_number", nullable = false)
  private String number;
  @Column(name = "period_year", nullable = false)
  private int year;
  @Column(nullable = false)
  private int version;
  private String goals;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CompanyPlanStatus status;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "decided_at")
  private Instant decidedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "company_plan_department", joinColumns = @JoinColumn(name = "company_plan_id"))
  @OrderColumn(name = "entry_order")
  private List<DepartmentPlan> departmentPlans = new ArrayList<>();

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "company_plan_trail", joinColumns = @JoinColumn(name = "company_plan_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected CompanyPlan() {
  }

  CompanyPlan(int year, int version, String goals, List<DepartmentPlan> departmentPlans, String processInstanceId,
      String reason, Instant now) {
    this.number = "CP-" + year;
    this.year = year;
    this.version = version;
    this.goals = goals;
    this.departmentPlans = new ArrayList<>(departmentPlans);
    this.processInstanceId = processInstanceId;
    this.status = CompanyPlanStatus.CONSOLIDATING;
    this.createdAt = now;
    trail.event("开启汇总", reason, null, null, departmentPlans.size() + " 个部门的年度计划已生效", now);
  }

  void consolidated(String goals, List<DepartmentPlan> departmentPlans, String actor, String actorName, Instant now) {
    boolean again = trail.entries().stream().anyMatch(e -> e.decision() != null);
    this.goals = goals;
    this.departmentPlans = new ArrayList<>(departmentPlans);
    this.status = CompanyPlanStatus.IN_REVIEW;
    trail.submitted("运营部汇总公司年度计划", again, actor, actorName, now);
  }

  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
    if (submission.decision() == ReviewDecision.APPROVE) {
      this.decidedAt = now;
    } else {
      this.status = CompanyPlanStatus.CONSOLIDATING;
    }
  }

  void putInForce(Instant now) {
    this.status = CompanyPlanStatus.APPROVED;
    trail.event("计划生效", "公司年度计划生效", null, null, null, now);
  }

  void supersededBy(int nextVersion, Instant now) {
    this.status = CompanyPlanStatus.SUPERSEDED;
    trail.event("计划生效", "被第 " + nextVersion + " 版取代", null, null, null, now);
  }

  /** Whether a department plan is in this version (an adjusted plan keeps its number and stays in). */
  boolean holds(String planNumber) {
    return departmentPlans.stream().anyMatch(p -> p.number().equals(planNumber));
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public int year() {
    return year;
  }

  public int version() {
    return version;
  }

  public String goals() {
    return goals;
  }

  public CompanyPlanStatus status() {
    return status;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public List<DepartmentPlan> departmentPlans() {
    return List.copyOf(departmentPlans);
  }

  @Override
  public String statusLabel() {
    return status.label();
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

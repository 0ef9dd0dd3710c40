package com.opsflow.supervision;

import java.time.Instant;
import java.time.LocalDate;
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
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.Reviewed;
import com.opsflow.approval.TrailEntry;

/**
 * One supervision audit (SV-3): its plan (SV-3.1), what the supervisors recorded on site (SV-3.2), the
 * communication and report (SV-3.3), the summary and training needs (SV-3.5), and the decision trail.
 */
@Entity
@Table(name = "supervision_audit")
public class SupervisionAudit implements Reviewed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "audit_number", nullable = false)
  private String number;
  @Column(nullable = false)
  private String title;
  @Column(nullable = false)
  private String goals;
  @Column(nullable = false)
  private String methods;
  @Column(name = "on_site_date", nullable = false)
  private LocalDate onSiteDate;
  @Column(nullable = false)
  private String planner;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditStatus status;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "on_site_log")
  private String onSiteLog;
  private String communication;
  private String report;
  private String summary;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "closed_at")
  private Instant closedAt;
  /** The supervision programme (督导工作计划, SV-2.1.1) that planned and approved this audit; null for an ad-hoc one. */
  @Column(name = "programme_number")
  private String programmeNumber;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "supervision_audit_department", joinColumns = @JoinColumn(name = "audit_id"))
  @Column(name = "department")
  private Set<String> auditedDepartments = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "supervision_audit_focus", joinColumns = @JoinColumn(name = "audit_id"))
  @Column(name = "focus_area")
  @Enumerated(EnumType.STRING)
  private Set<FocusArea> focusAreas = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "supervision_audit_supervisor", joinColumns = @JoinColumn(name = "audit_id"))
  @Column(name = "supervisor")
  private Set<String> supervisors = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "supervision_audit_training", joinColumns = @JoinColumn(name = "audit_id"))
  @OrderColumn(name = "entry_order")
  @Column(name = "need")
  private List<String> trainingNeeds = new ArrayList<>();

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "supervision_audit_trail", joinColumns = @JoinColumn(name = "audit_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected SupervisionAudit() {
  }

  SupervisionAudit(String number, String planner, String processInstanceId, Instant now) {
    this.number = number;
    this.planner = planner;
    this.processInstanceId = processInstanceId;
    this.status = AuditStatus.PLAN_IN_APPROVAL;
    this.createdAt = now;
  }

  void plan(SupervisionPlan plan, String plannerName, Instant now) {
    this.title = plan.title();
    this.goals = plan.goals();
    this.methods = plan.methods();
    this.onSiteDate = plan.onSiteDate();
    this.auditedDepartments.clear();
    this.auditedDepartments.addAll(plan.auditedDepartments());
    this.focusAreas.clear();
    this.focusAreas.addAll(plan.focusAreas());
    this.supervisors.clear();
    this.supervisors.addAll(plan.supervisors());
    trail.submitted("督导计划", status == AuditStatus.PLAN_RETURNED, planner, plannerName, now);
    this.status = AuditStatus.PLAN_IN_APPROVAL;
  }

  /** A reviewer's decision, in the trail. */
  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
  }

  /** Something else that happened to the audit (总结评估完成 …), in the trail. */
  void record(String step, String action, String actor, String actorName, String comment, Instant now) {
    trail.event(step, action, actor, actorName, comment, now);
  }

  /** Planned and approved in a supervision programme: no approval of its own, on to the on-site day. */
  void approvedIn(String programmeNumber, Instant now) {
    this.programmeNumber = programmeNumber;
    trail.event("管理层审批督导计划", "已随督导工作计划 " + programmeNumber + " 批准", null, null, null, now);
    this.status = AuditStatus.SCHEDULED;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String programmeNumber() {
    return programmeNumber;
  }

  void moveTo(AuditStatus next) {
    this.status = next;
  }

  void logOnSite(String step, String notes) {
    this.onSiteLog = append(onSiteLog, "【" + step + "】" + notes);
  }

  void recordCommunication(String departmentName, String causes, String solutions) {
    this.communication = append(communication, "【" + departmentName + "】原因分析：" + causes + "；整改思路：" + solutions);
  }

  void writeReport(String report) {
    this.report = report;
  }

  void close(String summary, List<String> trainingNeeds, Instant now) {
    this.summary = summary;
    this.trainingNeeds.clear();
    this.trainingNeeds.addAll(trainingNeeds);
    this.status = AuditStatus.CLOSED;
    this.closedAt = now;
  }

  private static String append(String log, String entry) {
    return log == null ? entry : log + "\n" + entry;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String title() {
    return title;
  }

  public LocalDate onSiteDate() {
    return onSiteDate;
  }

  public AuditStatus status() {
    return status;
  }

  @Override
  public String statusLabel() {
    return status.label();
  }

  public Set<String> auditedDepartments() {
    return Set.copyOf(auditedDepartments);
  }

  public Set<FocusArea> focusAreas() {
    return Set.copyOf(focusAreas);
  }

  public Set<String> supervisors() {
    return Set.copyOf(supervisors);
  }

  public String onSiteLog() {
    return onSiteLog;
  }

  public String communication() {
    return communication;
  }

  public String report() {
    return report;
  }

  public String summary() {
    return summary;
  }

  public List<String> trainingNeeds() {
    return List.copyOf(trainingNeeds);
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

package com.opsflow.collaboration;

import java.math.BigDecimal;
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

/** A collaboration project from its application to its summary, with the decision trail. */
@Entity
@Table(name = "collaboration_project")
public class CollaborationProject implements Reviewed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "project_number", nullable = false)
  private String number;
  @Column(nullable = false)
  private String name;
  @Column(nullable = false)
  private String goal;
  @Column(nullable = false)
  private String tasks;
  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;
  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;
  @Column(name = "initiating_department", nullable = false)
  private String initiatingDepartment;
  @Column(nullable = false)
  private String participants;
  @Column(nullable = false)
  private String applicant;
  @Column(name = "project_lead")
  private String lead;
  private String kickoff;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectStatus status;
  @Column(name = "plan_round", nullable = false)
  private int planRound;
  @Column(name = "acceptance_round", nullable = false)
  private int acceptanceRound;
  private String results;
  private String summary;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "closed_at")
  private Instant closedAt;
  // CC-3.4
  private String scope;
  private String feasibility;
  /** 万元. */
  private BigDecimal budget;
  private String customer;
  @Column(name = "resource_plan")
  private String resourcePlan;
  @Column(name = "quality_plan")
  private String qualityPlan;
  @Column(name = "customer_signed_by")
  private String customerSignedBy;
  @Column(name = "customer_signed_on")
  private LocalDate customerSignedOn;
  @Column(name = "acceptance_report")
  private String acceptanceReport;
  @Column(name = "post_evaluation")
  private String postEvaluation;
  @Column(name = "evaluated_at")
  private Instant evaluatedAt;

  /** The initiating department and every other participating one. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "collaboration_project_department", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "department")
  private Set<String> departments = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "collaboration_project_phase", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "phase_order")
  private List<ProjectPhase> phases = new ArrayList<>();

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "collaboration_project_trail", joinColumns = @JoinColumn(name = "project_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected CollaborationProject() {
  }

  CollaborationProject(String number, String initiatingDepartment, String applicant, String processInstanceId, Instant now) {
    this.number = number;
    this.initiatingDepartment = initiatingDepartment;
    this.applicant = applicant;
    this.processInstanceId = processInstanceId;
    this.status = ProjectStatus.IN_REVIEW;
    this.createdAt = now;
  }

  void apply(ProjectApplication application, String applicantName, Instant now) {
    this.name = application.name();
    this.goal = application.goal();
    this.tasks = application.tasks();
    this.startDate = application.startDate();
    this.endDate = application.endDate();
    this.participants = application.participants();
    this.scope = application.scope();
    this.feasibility = application.feasibility();
    this.budget = application.budget();
    this.customer = application.customer();
    this.departments.clear();
    this.departments.add(initiatingDepartment);
    this.departments.addAll(application.otherDepartments());
    trail.submitted("立项申请", status == ProjectStatus.RETURNED, applicant, applicantName, now);
    this.status = ProjectStatus.IN_REVIEW;
  }

  /** A reviewer's decision, in the trail. */
  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
  }

  /** Something else that happened to the project (启动会议, 项目计划提交 …), in the trail. */
  void record(String step, String action, String actor, String actorName, String comment, Instant now) {
    trail.event(step, action, actor, actorName, comment, now);
  }

  void withdraw(String actor, String actorName, Instant now) {
    trail.withdrawn(actor, actorName, now);
  }

  void moveTo(ProjectStatus next) {
    this.status = next;
  }

  void appointLead(String lead) {
    this.lead = lead;
    this.status = ProjectStatus.KICK_OFF;
  }

  void kickOff(String kickoff) {
    this.kickoff = kickoff;
    this.status = ProjectStatus.PLANNING;
  }

  void plan(List<ProjectPhase> phases, String resourcePlan, String qualityPlan) {
    this.phases.clear();
    this.phases.addAll(phases);
    this.resourcePlan = resourcePlan;
    this.qualityPlan = qualityPlan;
    this.planRound++;
    this.status = ProjectStatus.PLAN_IN_REVIEW;
  }

  /** The results for acceptance; with a customer, who signed them off and when (CC-3.4). */
  void requestAcceptance(String results, String customerSignedBy, LocalDate customerSignedOn) {
    this.results = results;
    this.customerSignedBy = customerSignedBy;
    this.customerSignedOn = customerSignedOn;
    this.acceptanceRound++;
    this.status = ProjectStatus.IN_ACCEPTANCE;
  }

  void close(String acceptanceReport, String summary, Instant now) {
    this.acceptanceReport = acceptanceReport;
    this.summary = summary;
    this.status = ProjectStatus.CLOSED;
    this.closedAt = now;
  }

  /** 后评价 (CC-3.4), a configured time after the project closed. */
  void evaluate(String evaluation, Instant now) {
    this.postEvaluation = evaluation;
    this.evaluatedAt = now;
    this.status = ProjectStatus.EVALUATED;
  }

  /** Another department takes part: the collaboration group reviews it (OC-4.1.2). */
  public boolean crossDepartment() {
    return departments.size() > 1;
  }

  public BigDecimal budget() {
    return budget;
  }

  public String customer() {
    return customer;
  }

  public String scope() {
    return scope;
  }

  public String feasibility() {
    return feasibility;
  }

  public String customerSignedBy() {
    return customerSignedBy;
  }

  public LocalDate customerSignedOn() {
    return customerSignedOn;
  }

  public String acceptanceReport() {
    return acceptanceReport;
  }

  public String postEvaluation() {
    return postEvaluation;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String name() {
    return name;
  }

  public String goal() {
    return goal;
  }

  public String initiatingDepartment() {
    return initiatingDepartment;
  }

  public String lead() {
    return lead;
  }

  public String kickoff() {
    return kickoff;
  }

  public ProjectStatus status() {
    return status;
  }

  @Override
  public String statusLabel() {
    return status.label();
  }

  public int planRound() {
    return planRound;
  }

  public int acceptanceRound() {
    return acceptanceRound;
  }

  public String results() {
    return results;
  }

  public String summary() {
    return summary;
  }

  public Set<String> departments() {
    return Set.copyOf(departments);
  }

  public List<ProjectPhase> phases() {
    return List.copyOf(phases);
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

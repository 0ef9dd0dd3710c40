package com.opsflow.supervision;

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
import com.opsflow.plan.PlanPeriod;
import com.opsflow.plan.PlanType;

/**
 * A supervision programme for a year, quarter or month (督导工作计划, SV-2.1.1): the audits planned for the period,
 * what the audited departments answered, and the decision trail.
 */
@Entity
@Table(name = "supervision_programme")
public class SupervisionProgramme implements Reviewed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "programme_number", nullable = false)
  private String number;
  @Enumerated(EnumType.STRING)
  @Column(name = "period_type", nullable = false)
  private PlanType periodType;
  @Column(name = "period_year", nullable = false)
  private int periodYear;
  @Column(name = "period_number")
  private Integer periodNumber;
  @Column(nullable = false)
  private String title;
  @Column(nullable = false)
  private String goals;
  @Column(nullable = false)
  private String methods;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProgrammeStatus status;
  @Column(nullable = false)
  private String drafter;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "decided_at")
  private Instant decidedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "supervision_programme_audit", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "audit_order")
  private List<PlannedAudit> audits = new ArrayList<>();

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "supervision_programme_trail", joinColumns = @JoinColumn(name = "programme_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected SupervisionProgramme() {
  }

  SupervisionProgramme(String number, String drafter, String processInstanceId, Instant now) {
    this.number = number;
    this.drafter = drafter;
    this.processInstanceId = processInstanceId;
    this.status = ProgrammeStatus.IN_APPROVAL;
    this.createdAt = now;
  }

  void draft(ProgrammeDraft draft, String drafterName, Instant now) {
    this.periodType = draft.period().type();
    this.periodYear = draft.period().year();
    this.periodNumber = draft.period().number();
    this.title = draft.title();
    this.goals = draft.goals();
    this.methods = draft.methods();
    this.audits.clear();
    this.audits.addAll(draft.audits());
    trail.submitted("督导工作计划", status == ProgrammeStatus.RETURNED, drafter, drafterName, now);
    this.status = ProgrammeStatus.IN_APPROVAL;
  }

  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
    this.status = switch (submission.decision()) {
      case APPROVE -> ProgrammeStatus.IN_EFFECT;
      case RETURN -> ProgrammeStatus.RETURNED;
      case REJECT -> ProgrammeStatus.REJECTED;
    };
    if (submission.decision() != ReviewDecision.RETURN) {
      this.decidedAt = now;
    }
  }

  void event(String step, String action, String actor, String actorName, String comment, Instant now) {
    trail.event(step, action, actor, actorName, comment, now);
  }

  /** The planned audit numbered {@code no} from 1. */
  PlannedAudit audit(int no) {
    return audits.get(no - 1);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public PlanPeriod period() {
    return new PlanPeriod(periodType, periodYear, periodNumber);
  }

  public String title() {
    return title;
  }

  public String goals() {
    return goals;
  }

  public String methods() {
    return methods;
  }

  public ProgrammeStatus status() {
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

  public List<PlannedAudit> audits() {
    return List.copyOf(audits);
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

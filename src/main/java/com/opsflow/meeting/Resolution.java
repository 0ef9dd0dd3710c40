package com.opsflow.meeting;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;

import com.opsflow.approval.DecisionTrail;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.Reviewed;
import com.opsflow.approval.TrailEntry;

/**
 * A decision item of published minutes, tracked to its end (决议执行, OM-8.4): its 责任人 reports progress and the
 * result by the due date; 运营部 checks the result and closes it, or returns it; 运营部 may extend the date with a
 * reason. Completed after its due date counts as late on the 运营看板.
 */
@Entity
@Table(name = "meeting_resolution")
public class Resolution implements Reviewed {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "resolution_number", nullable = false)
  private String number;
  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;
  @Column(name = "item_order", nullable = false)
  private int itemOrder;
  @Column(nullable = false)
  private String subject;
  @Column(nullable = false)
  private String owner;
  @Column(name = "owner_department")
  private String ownerDepartment;
  @Column(name = "owner_department_name")
  private String ownerDepartmentName;
  @Column(name = "due_at", nullable = false)
  private Instant dueAt;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ResolutionStatus status;
  private String progress;
  private String result;
  @Column(nullable = false)
  private int extensions;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "closed_at")
  private Instant closedAt;
  /** The result was reported after the due date in force at the time. */
  @Column(name = "closed_late", nullable = false)
  private boolean closedLate;

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "meeting_resolution_trail", joinColumns = @JoinColumn(name = "resolution_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected Resolution() {
  }

  Resolution(String number, long meetingId, int itemOrder, DecisionItem item, String ownerDepartment,
      String ownerDepartmentName, Instant dueAt, String publisher, String publisherName, Instant now) {
    this.number = number;
    this.meetingId = meetingId;
    this.itemOrder = itemOrder;
    this.subject = item.subject();
    this.owner = item.owner();
    this.ownerDepartment = ownerDepartment;
    this.ownerDepartmentName = ownerDepartmentName;
    this.dueAt = dueAt;
    this.status = ResolutionStatus.IN_PROGRESS;
    this.createdAt = now;
    trail.event("发布会议纪要", "决议转入跟踪", publisher, publisherName, null, now);
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void progressReported(String progress, String actor, String actorName, Instant now) {
    this.progress = progress;
    trail.event("执行决议", "汇报进展", actor, actorName, progress, now);
  }

  void resultReported(String result, String actor, String actorName, Instant now) {
    this.result = result;
    this.closedLate = now.isAfter(dueAt);
    this.status = ResolutionStatus.CHECKING;
    trail.submitted("执行决议", trail.entries().stream().anyMatch(e -> e.decision() != null), actor, actorName, now);
  }

  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
    if (submission.decision() == ReviewDecision.APPROVE) {
      this.status = ResolutionStatus.DONE;
      this.closedAt = now;
    } else {
      this.status = ResolutionStatus.RETURNED;
    }
  }

  void extended(Instant newDue, String reason, String actor, String actorName, Instant now, String formattedDue) {
    this.dueAt = newDue;
    this.extensions++;
    trail.event("决议延期", "延期至 " + formattedDue, actor, actorName, reason, now);
  }

  boolean overdueAt(Instant now) {
    return status != ResolutionStatus.DONE && status != ResolutionStatus.CHECKING && !now.isBefore(dueAt);
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public Long meetingId() {
    return meetingId;
  }

  public int itemOrder() {
    return itemOrder;
  }

  public String subject() {
    return subject;
  }

  public String owner() {
    return owner;
  }

  public String ownerDepartment() {
    return ownerDepartment;
  }

  public String ownerDepartmentName() {
    return ownerDepartmentName;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public ResolutionStatus status() {
    return status;
  }

  public String progress() {
    return progress;
  }

  public String result() {
    return result;
  }

  public int extensions() {
    return extensions;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public boolean closedLate() {
    return closedLate;
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

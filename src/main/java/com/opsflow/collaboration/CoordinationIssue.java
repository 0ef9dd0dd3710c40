package com.opsflow.collaboration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An urgent problem a participant raised during the project (临时沟通协调, OC-4.3) and how the lead resolved it. */
@Entity
@Table(name = "coordination_issue")
public class CoordinationIssue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "project_id", nullable = false)
  private Long projectId;
  @Column(name = "raised_by", nullable = false)
  private String raisedBy;
  @Column(nullable = false)
  private String department;
  @Column(nullable = false)
  private String issue;
  private String outcome;
  @Column(name = "resolved_by")
  private String resolvedBy;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;
  @Column(name = "resolved_at")
  private Instant resolvedAt;

  protected CoordinationIssue() {
  }

  CoordinationIssue(long projectId, String raisedBy, String department, String issue, String processInstanceId, Instant now) {
    this.projectId = projectId;
    this.raisedBy = raisedBy;
    this.department = department;
    this.issue = issue;
    this.processInstanceId = processInstanceId;
    this.raisedAt = now;
  }

  void resolve(String outcome, String lead, Instant now) {
    this.outcome = outcome;
    this.resolvedBy = lead;
    this.resolvedAt = now;
  }

  public Long id() {
    return id;
  }

  public Long projectId() {
    return projectId;
  }

  public String issue() {
    return issue;
  }

  public String outcome() {
    return outcome;
  }

  public String resolvedBy() {
    return resolvedBy;
  }
}

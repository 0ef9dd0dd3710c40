package com.opsflow.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One audit of a supervision programme (SV-2.1.1): which department, what to look at, who goes, on which day; and
 * what the department answered when told of it.
 */
@Embeddable
public class PlannedAudit {

  @Column(nullable = false)
  private String department;
  /** Focus area codes, comma-separated. */
  @Column(name = "focus_areas", nullable = false)
  private String focusAreas;
  /** Supervisor user ids, comma-separated. */
  @Column(nullable = false)
  private String supervisors;
  /** The day the programme planned. */
  @Column(name = "planned_date", nullable = false)
  private LocalDate plannedDate;
  /** The day the audit takes place: the planned one, or the one the department proposed and the supervisors took. */
  @Column(name = "on_site_date", nullable = false)
  private LocalDate onSiteDate;
  private String answer;
  @Column(name = "proposed_date")
  private LocalDate proposedDate;
  @Column(name = "answer_comment")
  private String answerComment;
  @Column(name = "decision_comment")
  private String decisionComment;
  @Column(name = "audit_number")
  private String auditNumber;

  protected PlannedAudit() {
  }

  PlannedAudit(String department, List<FocusArea> focusAreas, List<String> supervisors, LocalDate date) {
    this.department = department;
    this.focusAreas = String.join(",", focusAreas.stream().map(FocusArea::name).toList());
    this.supervisors = String.join(",", supervisors);
    this.plannedDate = date;
    this.onSiteDate = date;
  }

  void confirmed() {
    this.answer = "CONFIRMED";
  }

  void proposed(LocalDate date, String reason) {
    this.answer = "PROPOSED";
    this.proposedDate = date;
    this.answerComment = reason;
  }

  /** The supervisors take the proposed day, or keep the planned one and say why. */
  void proposalDecided(boolean accepted, String comment) {
    this.answer = accepted ? "MOVED" : "KEPT";
    this.decisionComment = comment;
    if (accepted) {
      this.onSiteDate = proposedDate;
    }
  }

  void started(String auditNumber) {
    this.auditNumber = auditNumber;
  }

  public String department() {
    return department;
  }

  public List<FocusArea> focusAreas() {
    return Arrays.stream(focusAreas.split(",")).map(FocusArea::valueOf).toList();
  }

  public List<String> supervisors() {
    return List.of(supervisors.split(","));
  }

  public LocalDate plannedDate() {
    return plannedDate;
  }

  public LocalDate onSiteDate() {
    return onSiteDate;
  }

  public LocalDate proposedDate() {
    return proposedDate;
  }

  public String answerComment() {
    return answerComment;
  }

  public String decisionComment() {
    return decisionComment;
  }

  public String auditNumber() {
    return auditNumber;
  }

  /** How the department's answer reads: 待确认, 已确认, 提议改期, 已改期, 维持原日期. */
  public String answerLabel() {
    if (answer == null) {
      return auditNumber == null ? "待通知或确认" : "未答复，按原定日期";
    }
    return switch (answer) {
      case "CONFIRMED" -> "已确认";
      case "PROPOSED" -> "提议改期至 " + proposedDate;
      case "MOVED" -> "已改期至 " + onSiteDate;
      case "KEPT" -> "维持原日期";
      default -> answer;
    };
  }
}

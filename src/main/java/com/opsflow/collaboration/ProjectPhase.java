package com.opsflow.collaboration;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One phase of a project plan (OC-4.2.1): tasks, deadline, responsible person, deliverables. */
@Embeddable
public class ProjectPhase {

  @Column(nullable = false)
  private String name;
  @Column(nullable = false)
  private String tasks;
  @Column(nullable = false)
  private LocalDate deadline;
  @Column(nullable = false)
  private String responsible;
  @Column(nullable = false)
  private String deliverables;

  protected ProjectPhase() {
  }

  ProjectPhase(String name, String tasks, LocalDate deadline, String responsible, String deliverables) {
    this.name = name;
    this.tasks = tasks;
    this.deadline = deadline;
    this.responsible = responsible;
    this.deliverables = deliverables;
  }

  public String name() {
    return name;
  }

  public String tasks() {
    return tasks;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public String responsible() {
    return responsible;
  }

  public String deliverables() {
    return deliverables;
  }
}

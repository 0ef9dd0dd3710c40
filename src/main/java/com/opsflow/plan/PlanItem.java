package com.opsflow.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a plan: goal, task, measures, deadline, responsible person, resources (OM-3 content). */
@Embeddable
public class PlanItem {

  @Column(nullable = false)
  private String goal;
  @Column(nullable = false)
  private String task;
  @Column(nullable = false)
  private String measures;
  @Column(nullable = false)
  private LocalDate deadline;
  @Column(nullable = false)
  private String responsible;
  private String resources;
  @Column(name = "key_task", nullable = false)
  private boolean keyTask;

  protected PlanItem() {
  }

  public PlanItem(String goal, String task, String measures, LocalDate deadline, String responsible,
      String resources, boolean keyTask) {
    this.goal = goal;
    this.task = task;
    this.measures = measures;
    this.deadline = deadline;
    this.responsible = responsible;
    this.resources = resources;
    this.keyTask = keyTask;
  }

  public String goal() {
    return goal;
  }

  public String task() {
    return task;
  }

  public String measures() {
    return measures;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public String responsible() {
    return responsible;
  }

  public String resources() {
    return resources;
  }

  public boolean keyTask() {
    return keyTask;
  }
}

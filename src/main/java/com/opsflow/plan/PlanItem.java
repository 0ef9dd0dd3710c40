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
  /** The parent plan's item (numbered from 1) this one breaks down (OM-3.2, OM-3.3); null when it has none. */
  @Column(name = "parent_item_no")
  private Integer parentItemNo;
  /** That parent item as it read when this item was linked to it: the parent may be adjusted later. */
  @Column(name = "parent_item")
  private String parentItem;
  /** Why an item of a quarterly or monthly plan breaks down no parent item. */
  @Column(name = "unlinked_reason")
  private String unlinkedReason;

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

  /** This item linked to the parent plan's item {@code no}, whose text was {@code label}. */
  PlanItem linkedTo(int no, String label) {
    PlanItem linked = copy();
    linked.parentItemNo = no;
    linked.parentItem = label;
    return linked;
  }

  /** This item without a parent item, for the reason given. */
  PlanItem unlinked(String reason) {
    PlanItem unlinked = copy();
    unlinked.unlinkedReason = reason;
    return unlinked;
  }

  /** This item with the link {@code earlier} had: an adjusted plan keeps what its unchanged items break down. */
  PlanItem withLinkOf(PlanItem earlier) {
    PlanItem kept = copy();
    kept.parentItemNo = earlier.parentItemNo;
    kept.parentItem = earlier.parentItem;
    kept.unlinkedReason = earlier.unlinkedReason;
    return kept;
  }

  /** How the item reads where another plan's item breaks it down: goal and task, cut to fit a label. */
  public String label() {
    String label = goal + "：" + task;
    return label.length() > 120 ? label.substring(0, 119) + "…" : label;
  }

  private PlanItem copy() {
    return new PlanItem(goal, task, measures, deadline, responsible, resources, keyTask);
  }

  public Integer parentItemNo() {
    return parentItemNo;
  }

  public String parentItem() {
    return parentItem;
  }

  public String unlinkedReason() {
    return unlinkedReason;
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

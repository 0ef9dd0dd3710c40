package com.opsflow.meeting;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A 决策事项 of the minutes (OM-8.3): what was decided, who carries it out, by when. */
@Embeddable
public class DecisionItem {

  @Column(nullable = false)
  private String subject;
  @Column(nullable = false)
  private String owner;
  @Column(name = "due_date", nullable = false)
  private LocalDate due;

  protected DecisionItem() {
  }

  DecisionItem(String subject, String owner, LocalDate due) {
    this.subject = subject;
    this.owner = owner;
    this.due = due;
  }

  public String subject() {
    return subject;
  }

  public String owner() {
    return owner;
  }

  public LocalDate due() {
    return due;
  }
}

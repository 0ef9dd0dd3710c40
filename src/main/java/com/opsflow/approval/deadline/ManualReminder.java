package com.opsflow.approval.deadline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/** The initiator's last 催办 on an application, so the next one waits for the configured interval. */
@Entity
@Table(name = "manual_reminder")
class ManualReminder {

  @Id
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "reminded_by", nullable = false)
  private String remindedBy;
  @Column(name = "reminded_at", nullable = false)
  private Instant remindedAt;

  protected ManualReminder() {
  }

  ManualReminder(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  Instant remindedAt() {
    return remindedAt;
  }

  void remind(String by, Instant at) {
    this.remindedBy = by;
    this.remindedAt = at;
  }
}

package com.opsflow.approval.cc;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/** 抄送: a person copied in on an application may read it and its history, never work its tasks. */
@Entity
@Table(name = "carbon_copy")
public class CarbonCopy {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;
  @Column(name = "business_key")
  private String businessKey;
  @Column(name = "process_name", nullable = false)
  private String processName;
  @Column(nullable = false)
  private String recipient;
  @Column(name = "sent_by", nullable = false)
  private String sentBy;
  private String note;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CarbonCopy() {
  }

  CarbonCopy(String processInstanceId, String businessKey, String processName, String recipient, String sentBy, String note,
      Instant createdAt) {
    this.processInstanceId = processInstanceId;
    this.businessKey = businessKey;
    this.processName = processName;
    this.recipient = recipient;
    this.sentBy = sentBy;
    this.note = note;
    this.createdAt = createdAt;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String businessKey() {
    return businessKey;
  }

  public String processName() {
    return processName;
  }

  public String recipient() {
    return recipient;
  }

  public String sentBy() {
    return sentBy;
  }

  public String note() {
    return note;
  }

  public Instant createdAt() {
    return createdAt;
  }
}

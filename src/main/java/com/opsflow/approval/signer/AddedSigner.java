package com.opsflow.approval.signer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Somebody a reviewer added to their step (加签), and what they said. */
@Entity
@Table(name = "added_signer")
public class AddedSigner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "task_id", nullable = false)
  private String taskId;
  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;
  @Column(nullable = false)
  private String step;
  @Column(nullable = false)
  private String person;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SignerMode mode;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SignerRole role;
  @Column(nullable = false)
  private int position;
  @Column(name = "added_by", nullable = false)
  private String addedBy;
  @Column(name = "added_at", nullable = false)
  private Instant addedAt;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SignerState state;
  private Boolean agreed;
  private String opinion;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "subtask_id")
  private String subtaskId;
  @Column(name = "in_trail", nullable = false)
  private boolean inTrail;

  protected AddedSigner() {
  }

  AddedSigner(String taskId, String processInstanceId, String step, String person, SignerMode mode, SignerRole role,
      int position, String addedBy, Instant at) {
    this.taskId = taskId;
    this.processInstanceId = processInstanceId;
    this.step = step;
    this.person = person;
    this.mode = mode;
    this.role = role;
    this.position = position;
    this.addedBy = addedBy;
    this.addedAt = at;
    this.state = SignerState.WAITING;
  }

  void ask() {
    state = SignerState.ASKED;
  }

  void asked(String subtaskId) {
    this.subtaskId = subtaskId;
    ask();
  }

  /** agreed is null when the person completed their sub-task without saying 同意 or 不同意. */
  void decide(Boolean agreed, String opinion, Instant at) {
    this.agreed = agreed;
    this.opinion = opinion == null || opinion.isBlank() ? null : opinion.strip();
    this.decidedAt = at;
    this.state = SignerState.DECIDED;
  }

  /** The last one added after the reviewer decided the step itself: that decision is already the trail's. */
  void decidedTheStep(Instant at) {
    this.decidedAt = at;
    this.state = SignerState.DECIDED;
    this.inTrail = true;
  }

  void remove() {
    state = SignerState.REMOVED;
  }

  void putInTrail() {
    inTrail = true;
  }

  boolean open() {
    return state == SignerState.WAITING || state == SignerState.ASKED;
  }

  public Long id() {
    return id;
  }

  public String taskId() {
    return taskId;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String step() {
    return step;
  }

  public String person() {
    return person;
  }

  public SignerMode mode() {
    return mode;
  }

  SignerRole role() {
    return role;
  }

  public int position() {
    return position;
  }

  public String addedBy() {
    return addedBy;
  }

  public SignerState state() {
    return state;
  }

  public Boolean agreed() {
    return agreed;
  }

  public String opinion() {
    return opinion;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String subtaskId() {
    return subtaskId;
  }

  boolean inTrail() {
    return inTrail;
  }
}

package com.opsflow.approval.phrase;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A phrase a reviewer saved to use again as 审批意见. */
@Entity
@Table(name = "review_phrase")
public class ReviewPhrase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false)
  private String owner;
  @Column(name = "phrase_text", nullable = false)
  private String text;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ReviewPhrase() {
  }

  ReviewPhrase(String owner, String text, Instant createdAt) {
    this.owner = owner;
    this.text = text;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String owner() {
    return owner;
  }

  public String text() {
    return text;
  }
}

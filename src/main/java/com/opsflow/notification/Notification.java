package com.opsflow.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One e-mail to one person about one event; sent once, whatever retries produced the event. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "event_key", nullable = false)
  private String eventKey;
  @Column(nullable = false)
  private String recipient;
  @Column(nullable = false)
  private String address;
  @Column(nullable = false)
  private String subject;
  @Column(nullable = false)
  private String body;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Column(name = "claimed_at")
  private Instant claimedAt;
  @Column(name = "claim_token")
  private String claimToken;
  @Column(name = "sent_at")
  private Instant sentAt;
  @Column(nullable = false)
  private int attempts;
  @Column(name = "last_error")
  private String lastError;
  /** An iCalendar invitation (RFC 5545) sent with the mail, e.g. a meeting's; null for most mails. */
  private String calendar;

  protected Notification() {
  }

  Notification(String eventKey, String recipient, String address, String subject, String body, Instant createdAt) {
    this.eventKey = eventKey;
    this.recipient = recipient;
    this.address = address;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
  }

  Notification withCalendar(String calendar) {
    this.calendar = calendar;
    return this;
  }

  public Long id() {
    return id;
  }

  public String eventKey() {
    return eventKey;
  }

  public String recipient() {
    return recipient;
  }

  public String address() {
    return address;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String calendar() {
    return calendar;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }
}

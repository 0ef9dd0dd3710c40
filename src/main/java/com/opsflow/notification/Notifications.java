package com.opsflow.notification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The outbox. */
public interface Notifications extends JpaRepository<Notification, Long> {

  @Query("select n.recipient from Notification n where n.eventKey = :eventKey")
  Set<String> recipientsOf(@Param("eventKey") String eventKey);

  List<Notification> findByRecipientOrderById(String recipient);

  long countBySentAtIsNullAndAttemptsGreaterThanEqual(int attempts);

  long countBySentAtIsNullAndCreatedAtBefore(Instant createdBefore);

  List<Notification> findByEventKeyStartingWithOrderById(String eventKeyPrefix);

  @Query("select n.id from Notification n where n.sentAt is null and n.attempts < :maxAttempts order by n.id")
  List<Long> unsent(@Param("maxAttempts") int maxAttempts, Pageable page);

  /**
   * Takes rows for this sender; on a cluster each row goes to exactly one node (the token is the batch's
   * own), and a claim left by a crashed node expires.
   */
  @Modifying
  @Query("update Notification n set n.claimToken = :token, n.claimedAt = :now, n.attempts = n.attempts + 1"
      + " where n.id in :ids and n.sentAt is null and (n.claimedAt is null or n.claimedAt < :expired)")
  int claim(@Param("ids") List<Long> ids, @Param("token") String token, @Param("now") Instant now,
      @Param("expired") Instant expired);

  List<Notification> findByClaimTokenAndSentAtIsNull(String claimToken);

  @Modifying
  @Query("update Notification n set n.sentAt = :now, n.lastError = null where n.id in :ids")
  int markSent(@Param("ids") List<Long> ids, @Param("now") Instant now);

  @Modifying
  @Query("update Notification n set n.claimedAt = null, n.lastError = :error where n.id = :id")
  int markFailed(@Param("id") long id, @Param("error") String error);
}

package com.opsflow.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The 决议台账: every decision item of every published minutes. */
public interface Resolutions extends JpaRepository<Resolution, Long> {

  Optional<Resolution> findByNumber(String number);

  List<Resolution> findByMeetingIdOrderByItemOrder(long meetingId);

  long countByMeetingIdAndStatusNot(long meetingId, ResolutionStatus status);

  boolean existsByMeetingIdAndOwner(long meetingId, String owner);

  /**
   * The 决议台账, by due date: every filter optional; {@code owners} limits it to those people's items unless
   * {@code everyone}; {@code overdueAt} keeps the items still open past their date.
   */
  @Query("select r from Resolution r where (:department is null or r.ownerDepartment = :department)"
      + " and (:owner is null or r.owner = :owner)"
      + " and (:status is null or r.status = :status)"
      + " and (:everyone = true or r.owner in :owners)"
      + " and (cast(:overdueAt as timestamp) is null or (r.status <> com.opsflow.meeting.ResolutionStatus.DONE"
      + " and r.status <> com.opsflow.meeting.ResolutionStatus.CHECKING and r.dueAt < :overdueAt))"
      + " order by r.dueAt, r.id")
  List<Resolution> ledger(@Param("department") String department, @Param("owner") String owner,
      @Param("status") ResolutionStatus status, @Param("everyone") boolean everyone,
      @Param("owners") Collection<String> owners, @Param("overdueAt") Instant overdueAt, Pageable page);

  /** Items completed since a moment: the 运营看板's on-time rate per department. */
  List<Resolution> findByStatusAndClosedAtAfter(ResolutionStatus status, Instant since);
}

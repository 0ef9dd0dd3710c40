package com.opsflow.approval.cc;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;


interface CarbonCopyRecords extends JpaRepository<CarbonCopy, Long> {

  boolean existsByProcessInstanceIdAndRecipient(String processInstanceId, String recipient);

  List<CarbonCopy> findByRecipientOrderByCreatedAtDesc(String recipient);

  List<CarbonCopy> findByProcessInstanceIdOrderById(String processInstanceId);

  /** 离职转办: the leaver's copies become the successor's, except where the successor was copied in already. */
  @Modifying
  @Query("delete from CarbonCopy c where c.recipient = :from and exists (select 1 from CarbonCopy o"
      + " where o.recipient = :to and o.processInstanceId = c.processInstanceId)")
  int dropTwins(@Param("from") String from, @Param("to") String to);

  @Modifying
  @Query("update CarbonCopy c set c.recipient = :to where c.recipient = :from")
  int handOver(@Param("from") String from, @Param("to") String to);
}

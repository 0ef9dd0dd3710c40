package com.opsflow.approval.cc;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;


interface CarbonCopyRecords extends JpaRepository<CarbonCopy, Long> {

  boolean existsByProcessInstanceIdAndRecipient(String processInstanceId, String recipient);

  List<CarbonCopy> findByRecipientOrderByCreatedAtDesc(String recipient);

  List<CarbonCopy> findByProcessInstanceIdOrderById(String processInstanceId);
}

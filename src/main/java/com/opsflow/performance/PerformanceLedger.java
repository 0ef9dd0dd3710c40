package com.opsflow.performance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The performance ledger (绩效台账). */
public interface PerformanceLedger extends JpaRepository<LedgerEntry, Long> {

  List<LedgerEntry> findByFindingIdOrderById(long findingId);

  List<LedgerEntry> findByAuditIdOrderById(long auditId);

  List<LedgerEntry> findByDepartmentOrderById(String department);

  List<LedgerEntry> findByProjectIdOrderById(long projectId);
}

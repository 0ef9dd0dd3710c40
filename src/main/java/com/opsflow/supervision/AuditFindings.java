package com.opsflow.supervision;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** All findings of all audits. */
public interface AuditFindings extends JpaRepository<AuditFinding, Long> {

  List<AuditFinding> findByAuditIdOrderByNumber(long auditId);

  List<AuditFinding> findByResponsibleDepartmentAndStatusOrderById(String responsibleDepartment, FindingStatus status);
}

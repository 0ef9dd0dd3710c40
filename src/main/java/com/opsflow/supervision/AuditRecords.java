package com.opsflow.supervision;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the supervisors record on site (SV-3.2) and in feedback (SV-3.3). */
@Service
public class AuditRecords {

  private final SupervisionAudits audits;
  private final AuditFindings findings;

  AuditRecords(SupervisionAudits audits, AuditFindings findings) {
    this.audits = audits;
    this.findings = findings;
  }

  @Transactional
  public SupervisionAudit logOnSite(long auditId, String step, String notes) {
    SupervisionAudit audit = audit(auditId);
    audit.moveTo(AuditStatus.ON_SITE);
    audit.logOnSite(step, notes);
    return audits.save(audit);
  }

  @Transactional
  public List<AuditFinding> recordFindings(long auditId, List<FindingDraft> drafts) {
    SupervisionAudit audit = audit(auditId);
    audit.moveTo(AuditStatus.REPORTING);
    audits.save(audit);
    List<AuditFinding> recorded = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      recorded.add(findings.save(new AuditFinding(auditId, audit.number(), i + 1, drafts.get(i))));
    }
    return recorded;
  }

  @Transactional
  public SupervisionAudit recordCommunication(long auditId, String departmentName, String causes, String solutions) {
    SupervisionAudit audit = audit(auditId);
    audit.recordCommunication(departmentName, causes, solutions);
    return audits.save(audit);
  }

  @Transactional
  public SupervisionAudit writeReport(long auditId, String report) {
    SupervisionAudit audit = audit(auditId);
    audit.writeReport(report);
    return audits.save(audit);
  }

  private SupervisionAudit audit(long auditId) {
    return audits.findById(auditId).orElseThrow(() -> new IllegalStateException("audit " + auditId + " vanished"));
  }
}

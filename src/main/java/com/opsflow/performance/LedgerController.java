package com.opsflow.performance;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.organisation.Groups;

/**
 * {@code GET /api/performance/{department}}: a department's ledger entries with their source. Readable by
 * the department itself, 运营督导 and 公司管理层; to anyone else it is empty-handed (404).
 */
@RestController
class LedgerController {

  record Entry(String person, int points, String reason, String auditNumber, Long findingId, Instant recordedAt) {
  }

  record Ledger(String department, int total, List<Entry> entries) {
  }

  private final PerformanceLedger ledger;
  private final IdentityService identityService;

  LedgerController(PerformanceLedger ledger, IdentityService identityService) {
    this.ledger = ledger;
    this.identityService = identityService;
  }

  @GetMapping("/api/performance/{department}")
  ResponseEntity<Ledger> ledgerOf(@PathVariable String department) {
    List<String> groups = CurrentUser.groups(identityService);
    if (!groups.contains(department) && !groups.contains(Groups.MANAGEMENT) && !groups.contains(Groups.SUPERVISORS)) {
      return ResponseEntity.notFound().build();
    }
    List<Entry> entries = ledger.findByDepartmentOrderById(department).stream()
        .map(e -> new Entry(e.person(), e.points(), e.reason(), e.auditNumber(), e.findingId(), e.recordedAt())).toList();
    int total = entries.stream().filter(e -> e.person() == null).mapToInt(Entry::points).sum();
    return ResponseEntity.ok(new Ledger(department, total, entries));
  }
}

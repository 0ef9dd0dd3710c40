package com.opsflow.customer;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Refusal;

/**
 * 客户反馈台账 (CC-3.2): 客服部 and 管理层 list and filter every case; a department sees the cases given to it. JSON
 * for programs, a page for browsers.
 */
@RestController
class CaseLedgerController {

  static final int MAX_ROWS = 500;

  private final CustomerCases cases;
  private final CaseReaders readers;
  private final IdentityService identityService;
  private final CompanyClock clock;

  CaseLedgerController(CustomerCases cases, CaseReaders readers, IdentityService identityService, CompanyClock clock) {
    this.cases = cases;
    this.readers = readers;
    this.identityService = identityService;
    this.clock = clock;
  }

  @GetMapping(path = "/api/customer-cases", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  List<CaseLedgerRow> ledger(@RequestParam(required = false) String category, @RequestParam(required = false) String status,
      @RequestParam(required = false) String department, @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) String q) {
    Authentication caller = identityService.getCurrentAuthentication();
    Instant now = clock.now();
    CaseCategory byCategory = category == null || category.isBlank() ? null
        : CaseCategory.of(category).orElseThrow(() -> Refusal.badRequest("反馈类别“" + category + "”不存在。"));
    CaseStatus byStatus = status == null || status.isBlank() ? null : java.util.Arrays.stream(CaseStatus.values())
        .filter(s -> s.name().equals(status)).findFirst().orElseThrow(() -> Refusal.badRequest("状态“" + status + "”不存在。"));
    if (q != null && q.length() > 50) {
      throw Refusal.badRequest("查询内容不能超过 50 个字。");
    }
    String text = q == null || q.isBlank() ? null : "%" + q.strip().replace("\\", "").replace("%", "").replace("_", "") + "%";
    List<String> departments = readers.departmentsOf(caller);
    return cases.ledger(byCategory, byStatus, department == null || department.isBlank() ? null : department,
        readers.readsEveryCase(caller), departments.isEmpty() ? List.of("") : departments, overdue ? now : null, text,
        PageRequest.of(0, MAX_ROWS)).stream().map(c -> CaseLedgerRow.of(c, now)).toList();
  }

  @GetMapping(path = "/api/customer-cases", produces = "text/html;charset=UTF-8")
  @Transactional(readOnly = true)
  String page(@RequestParam(required = false) String category, @RequestParam(required = false) String status,
      @RequestParam(required = false) String department, @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(required = false) String q) {
    return CaseLedgerPage.of(ledger(category, status, department, overdue, q), category, status, overdue, q, clock);
  }
}

package com.opsflow.customer;

import java.time.Instant;

/** One line of the 客户反馈台账. */
record CaseLedgerRow(String number, Instant recordedAt, String customer, String category, String severity,
    String responsibleDepartment, String status, Instant handlingDue, boolean overdue, int round, String satisfaction) {

  static CaseLedgerRow of(CustomerCase c, Instant now) {
    boolean overdue = c.status() == CaseStatus.HANDLING && c.handlingDue() != null && c.handlingDue().isBefore(now);
    String customer = c.customerCompany() == null ? c.customerName() : c.customerName() + "（" + c.customerCompany() + "）";
    return new CaseLedgerRow(c.number(), c.recordedAt(), customer, c.category().label(),
        c.severity() == null ? null : c.severity().label(), c.responsibleDepartmentName(), c.statusLabel(), c.handlingDue(),
        overdue, c.round(), c.satisfaction() == null ? null : c.satisfaction().label());
  }
}

package com.opsflow.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.opsflow.approval.TrailEntry;

/** A customer case as API clients read it, labels in Chinese. */
record CustomerCaseView(String number, String status, String category, String severity, String channel,
    Customer customer, String description, String responsibleDepartment, String answer, String solution,
    Instant handlingDue, boolean handledLate, String handlingResult, String customerReply, String satisfaction,
    int round, Change change, Instant recordedAt, Instant closedAt, List<Entry> trail) {

  record Customer(String name, String company, String contact) {}

  record Change(String project, String scopeImpact, Integer timeImpactDays, BigDecimal costImpact, String solution) {}

  record Entry(String step, String action, String actor, String comment, Instant at) {}

  static CustomerCaseView of(CustomerCase c) {
    Change change = c.category() != CaseCategory.CHANGE_REQUEST ? null
        : new Change(c.projectName(), c.scopeImpact(), c.timeImpactDays(), c.costImpact(), c.changeSolution());
    return new CustomerCaseView(c.number(), c.statusLabel(), c.category().label(),
        c.severity() == null ? null : c.severity().label(), c.channel().label(),
        new Customer(c.customerName(), c.customerCompany(), c.customerContact()), c.description(),
        c.responsibleDepartmentName(), c.answer(), c.solution(), c.handlingDue(), c.handledLate(), c.handlingResult(),
        c.customerReply(), c.satisfaction() == null ? null : c.satisfaction().label(), c.round(), change,
        c.recordedAt(), c.closedAt(), c.trail().stream()
            .map(e -> new Entry(e.step(), e.action(), e.actorName(), e.comment(), e.occurredAt())).toList());
  }
}

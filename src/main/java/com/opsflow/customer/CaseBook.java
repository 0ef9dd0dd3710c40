package com.opsflow.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.RecordNumbers;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.ReviewedRecords;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.organisation.Organisation;
import com.opsflow.performance.PerformanceEvent;
import com.opsflow.performance.PerformancePoints;

/**
 * The 客户反馈台账 as the process writes it: opens a case under the next number of the year (KF-2027-0001) and
 * records each step in the case and its trail.
 */
@Service
public class CaseBook implements ReviewedRecords {

  private final CustomerCases cases;
  private final Organisation org;
  private final CompanyClock clock;
  private final PerformancePoints points;
  private final CallbackSchedule callbacks;
  private final RecordNumbers numbers;

  CaseBook(RecordNumbers numbers, CustomerCases cases, Organisation org, CompanyClock clock, PerformancePoints points, CallbackSchedule callbacks) {
    this.numbers = numbers;
    this.cases = cases;
    this.org = org;
    this.clock = clock;
    this.points = points;
    this.callbacks = callbacks;
  }

  /** The closed cases due a call-back now (CC-3.2.4), each marked so no later round calls it back again. */
  @Transactional
  public List<Long> scheduleCallbacks() {
    Instant now = clock.now();
    List<String> keyCustomers = callbacks.getKeyCustomers().isEmpty() ? List.of("") : callbacks.getKeyCustomers();
    List<CustomerCase> due = cases.dueForCallback(now.minus(callbacks.getAfter()), now.minus(callbacks.getKeyCustomerAfter()),
        keyCustomers);
    due.forEach(c -> c.callbackScheduled(now));
    cases.saveAll(due);
    return due.stream().map(CustomerCase::id).toList();
  }

  /** What the caller reads before calling: the customer, how to reach them, and what the case was. */
  public String callbackSummary(long caseId) {
    CustomerCase c = get(caseId);
    return c.customerName() + (c.customerCompany() == null ? "" : "（" + c.customerCompany() + "）") + "，" + c.customerContact()
        + "\n" + c.category().label() + "，" + clock.format(c.recordedAt()) + " 登记，" + clock.format(c.closedAt()) + " 结案"
        + "\n反馈内容：" + c.description()
        + (c.customerReply() != null ? "\n答复客户：" + c.customerReply() : c.answer() != null ? "\n答复客户：" + c.answer() : "")
        + (c.satisfaction() == null ? "" : "\n满意度：" + c.satisfaction().label());
  }

  public String number(long caseId) {
    return get(caseId).number();
  }

  @Transactional
  public CustomerCase calledBack(long caseId, String opinion, String caller) {
    return change(caseId, c -> c.calledBack(opinion, caller, org.displayName(caller), clock.now()));
  }

  /** The number is unique: two intakes racing for one number make the later one fail and retry as a whole. */
  @Transactional
  public CustomerCase open(CaseIntake intake, String recordedBy, String processInstanceId) {
    Instant now = clock.now();
    String prefix = "KF-" + clock.today().getYear() + "-";
    String number = prefix + String.format("%04d", numbers.next(prefix, () -> cases.countByNumberStartingWith(prefix)));
    return cases.saveAndFlush(new CustomerCase(number, intake, recordedBy, org.displayName(recordedBy),
        processInstanceId, now));
  }

  public CustomerCase get(long caseId) {
    return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("no customer case " + caseId));
  }

  @Transactional
  public CustomerCase answeredOnTheSpot(long caseId, String answer, String actor) {
    return change(caseId, c -> c.answeredOnTheSpot(answer, actor, org.displayName(actor), clock.now()));
  }

  @Transactional
  public CustomerCase transferred(long caseId, String department, String actor) {
    return change(caseId, c -> c.transferred(department, org.departmentName(department), actor, org.displayName(actor),
        clock.now()));
  }

  @Transactional
  public CustomerCase answeredByDepartment(long caseId, String answer, String actor) {
    return change(caseId, c -> c.answeredByDepartment(answer, actor, org.displayName(actor), clock.now()));
  }

  @Transactional
  public CustomerCase investigated(long caseId, String details, String investigation, String actor) {
    return change(caseId, c -> c.investigated(details, investigation, actor, org.displayName(actor), clock.now()));
  }

  @Transactional
  public CustomerCase handlingDecided(long caseId, String department, String solution, String actor) {
    return change(caseId, c -> c.handlingDecided(department, org.departmentName(department), solution, actor,
        org.displayName(actor), clock.now()));
  }

  @Transactional
  public CustomerCase handlingDue(long caseId, Instant due) {
    return change(caseId, c -> c.handlingDue(due));
  }

  @Transactional
  public CustomerCase reportedToManagement(long caseId) {
    return change(caseId, c -> c.reportedToManagement(clock.now()));
  }

  /** The department's result; handled after its time limit, it costs the department points (TC-6.2). */
  @Transactional
  public CustomerCase handled(long caseId, String result, String actor) {
    Instant now = clock.now();
    CustomerCase handled = get(caseId);
    boolean late = handled.handlingDue() != null && now.isAfter(handled.handlingDue());
    handled.handled(result, actor, org.displayName(actor), now);
    if (late) {
      points.awardForCase(PerformanceEvent.COMPLAINT_HANDLED_LATE, handled.responsibleDepartment(),
          handled.number() + " 第 " + handled.round() + " 轮", handled.number(), now);
    }
    return cases.save(handled);
  }

  @Transactional
  public CustomerCase replied(long caseId, String reply, String actor) {
    return change(caseId, c -> c.replied(reply, actor, org.displayName(actor), clock.now()));
  }

  @Transactional
  public CustomerCase satisfactionRecorded(long caseId, Satisfaction satisfaction, String opinion, String actor) {
    return change(caseId, c -> c.satisfactionRecorded(satisfaction, opinion, actor, org.displayName(actor), clock.now()));
  }

  /** The case analysis closes the case; a complaint found to be the department's fault costs it points (TC-6.2). */
  @Transactional
  public CustomerCase analysed(long caseId, String analysis, String improvements, boolean departmentAtFault,
      String actor) {
    CustomerCase analysed = change(caseId, c -> c.analysed(analysis, improvements, departmentAtFault, actor,
        org.displayName(actor), clock.now()));
    if (departmentAtFault) {
      points.awardForCase(PerformanceEvent.COMPLAINT_AT_FAULT, analysed.responsibleDepartment(), analysed.number(),
          analysed.number(), clock.now());
    }
    return analysed;
  }

  @Transactional
  public CustomerCase rectificationStarted(long caseId, String rectification, String actor) {
    return change(caseId, c -> c.rectificationStarted(rectification, actor, org.displayName(actor), clock.now()));
  }

  @Transactional
  public CustomerCase changeAssessed(long caseId, String scope, int days, BigDecimal cost, String solution,
      String actor) {
    return change(caseId, c -> c.changeAssessed(scope, days, cost, solution, actor, org.displayName(actor), clock.now()));
  }

  @Override
  @Transactional
  public CustomerCase recordDecision(long caseId, String step, String reviewer, ReviewSubmission submission,
      Instant now) {
    return change(caseId, c -> c.decide(step, submission, reviewer, org.displayName(reviewer), now));
  }

  @Transactional
  public CustomerCase changeApproved(long caseId) {
    return change(caseId, c -> c.changeApproved(clock.now()));
  }

  @Transactional
  public CustomerCase changeCommunicated(long caseId, String reply, String actor) {
    return change(caseId, c -> c.changeCommunicated(reply, actor, org.displayName(actor), clock.now()));
  }

  private CustomerCase change(long caseId, Consumer<CustomerCase> step) {
    CustomerCase customerCase = get(caseId);
    step.accept(customerCase);
    return cases.save(customerCase);
  }
}

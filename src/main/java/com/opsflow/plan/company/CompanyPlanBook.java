package com.opsflow.plan.company;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.ReviewedRecords;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;
import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanStatus;
import com.opsflow.plan.PlanType;

/** The company plan as its process writes it (OM-3.1): versions per year, each with the department plans it gathers. */
@Service
public class CompanyPlanBook implements ReviewedRecords {

  static final List<PlanStatus> IN_FORCE = List.of(PlanStatus.APPROVED, PlanStatus.FILED, PlanStatus.PUBLISHED);

  private final CompanyPlans companyPlans;
  private final OperationPlans plans;
  private final Organisation org;
  private final CompanyClock clock;

  CompanyPlanBook(CompanyPlans companyPlans, OperationPlans plans, Organisation org, CompanyClock clock) {
    this.companyPlans = companyPlans;
    this.plans = plans;
    this.org = org;
    this.clock = clock;
  }

  /** The next version of the year's plan, with the department plans in force now and the last version's goals. */
  @Transactional
  public CompanyPlan open(int year, String reason, String processInstanceId) {
    Optional<CompanyPlan> last = companyPlans.findFirstByYearOrderByVersionDesc(year);
    if (last.isPresent() && (last.get().status() == CompanyPlanStatus.CONSOLIDATING
        || last.get().status() == CompanyPlanStatus.IN_REVIEW)) {
      throw new SubmissionRefused(year + " 年公司年度计划正在汇总或审批中（第 " + last.get().version() + " 版），不能再开启。");
    }
    return companyPlans.saveAndFlush(new CompanyPlan(year, last.map(p -> p.version() + 1).orElse(1),
        last.map(CompanyPlan::goals).orElse(null), departmentPlansInForce(year), processInstanceId, reason, clock.now()));
  }

  /** 运营部's goals, with the department plans in force at this moment (one approved meanwhile is in). */
  @Transactional
  public CompanyPlan consolidated(long id, String goals, String actor) {
    CompanyPlan plan = get(id);
    plan.consolidated(goals, departmentPlansInForce(plan.year()), actor, org.displayName(actor), clock.now());
    return plan;
  }

  @Override
  @Transactional
  public CompanyPlan recordDecision(long id, String step, String reviewer, ReviewSubmission submission, Instant now) {
    CompanyPlan plan = get(id);
    plan.decide(step, submission, reviewer, org.displayName(reviewer), now);
    return plan;
  }

  /** The approved version comes into force; the one before it is superseded. */
  @Transactional
  public CompanyPlan putInForce(long id) {
    CompanyPlan plan = get(id);
    Instant now = clock.now();
    companyPlans.findByYearOrderByVersion(plan.year()).stream()
        .filter(earlier -> earlier.status() == CompanyPlanStatus.APPROVED && earlier.version() < plan.version())
        .forEach(earlier -> earlier.supersededBy(plan.version(), now));
    plan.putInForce(now);
    return plan;
  }

  /** The departments' annual plans in force for the year, in the organisation's order of departments. */
  public List<DepartmentPlan> departmentPlansInForce(int year) {
    Map<String, Integer> order = departmentOrder();
    return plans.findByTypeAndPeriodYearAndStatusInOrderById(PlanType.ANNUAL, year, IN_FORCE).stream()
        .sorted(Comparator.comparing((OperationPlan p) -> order.getOrDefault(p.department(), Integer.MAX_VALUE)))
        .map(p -> new DepartmentPlan(p.number(), p.version(), p.department(), p.departmentName(), p.title())).toList();
  }

  /** The departments without an annual plan in force for the year. */
  public List<String> departmentsWithout(int year) {
    return departmentsWithout(departmentPlansInForce(year));
  }

  /** The departments none of these plans belongs to, by name. */
  public List<String> departmentsWithout(List<DepartmentPlan> inForce) {
    List<String> with = inForce.stream().map(DepartmentPlan::department).toList();
    List<String> without = new ArrayList<>();
    for (Group department : org.departments()) {
      if (!with.contains(department.getId())) {
        without.add(department.getName());
      }
    }
    return without;
  }

  public CompanyPlan get(long id) {
    return companyPlans.findById(id).orElseThrow();
  }

  private Map<String, Integer> departmentOrder() {
    List<Group> departments = org.departments();
    return departments.stream().collect(Collectors.toMap(Group::getId, departments::indexOf, (a, b) -> a));
  }
}

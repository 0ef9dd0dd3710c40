package com.opsflow.plan;

import static com.opsflow.plan.OperationPlanApprovalProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.organisation.Organisation;

/**
 * 开启编制: when a drafting round is due, fixes the period it plans for and the departments that still
 * need a plan for it. The diagram's multi-instance reads {@link #departmentsToDraft} directly, so the
 * list never becomes a (serialized) variable.
 */
@Component("draftingRound")
public class DraftingRoundDelegate implements JavaDelegate {

  private final Organisation org;
  private final OperationPlans plans;
  private final CompanyClock clock;
  private final PlanCalendar calendar;

  DraftingRoundDelegate(Organisation org, OperationPlans plans, CompanyClock clock, PlanCalendar calendar) {
    this.calendar = calendar;
    this.org = org;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanType type = PlanType.valueOf((String) execution.getVariable(PlanDraftingRoundProcess.Variables.ROUND_PLAN_TYPE));
    boolean atMonthStart = type == PlanType.MONTHLY && calendar.getMonthlyTiming() == PlanCalendar.MonthlyTiming.MONTH_START;
    PlanPeriod period = atMonthStart ? PlanPeriod.thisMonth(clock.today()) : PlanPeriod.following(type, clock.today());
    execution.setVariable(PLAN_TYPE, type.name());
    execution.setVariable(PERIOD_YEAR, period.year());
    execution.setVariable(type == PlanType.MONTHLY ? PERIOD_MONTH : PERIOD_QUARTER,
        period.number() == null ? null : String.valueOf(period.number()));
    execution.setVariable(PERIOD_LABEL, period.label());
    execution.setVariable(PRESCRIBED_PERIOD, encode(period));
    // drafting is due when the period begins (OM-3: before year end, at quarter end, at month end) — or, drafted at
    // the start of its month (OC-2.1.2), a few days in
    LocalDate due = atMonthStart ? period.start().plusDays(calendar.getMonthStartDueDays()) : period.start();
    execution.setVariable(DRAFT_DUE_DATE, Date.from(due.atStartOfDay(clock.zone()).toInstant()));
  }

  /** Departments that hold no plan for the round's period yet: they are the ones asked to draft. */
  public List<String> departmentsToDraft(DelegateExecution execution) {
    PlanPeriod period = decode((String) execution.getVariable(PRESCRIBED_PERIOD));
    return org.departments().stream()
        .map(Group::getId)
        .filter(department -> plans.findByActivePeriodKey(period.keyFor(department)).isEmpty())
        .toList();
  }

  static String encode(PlanPeriod period) {
    return period.type() + ":" + period.year() + ":" + (period.number() == null ? "" : period.number());
  }

  static PlanPeriod decode(String encoded) {
    String[] parts = encoded.split(":", -1);
    return new PlanPeriod(PlanType.valueOf(parts[0]), Integer.parseInt(parts[1]),
        parts[2].isEmpty() ? null : Integer.valueOf(parts[2]));
  }
}

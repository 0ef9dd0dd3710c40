package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import java.math.BigDecimal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;

/** 评估变更影响 (TC-4.2.2): the project's department weighs scope, time and cost and proposes the solution. */
@Component("recordChangeAssessment")
class RecordChangeAssessmentListener extends CaseStepListener {

  static final int MAX_DAYS = 3650;
  static final BigDecimal MAX_COST = new BigDecimal("1000000000");

  private final CompanyClock clock;

  RecordChangeAssessmentListener(CaseBook book, IdentityService identityService, CompanyClock clock) {
    super(book, identityService);
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String scope = checks.text(execution.getVariable(SCOPE_IMPACT), TextFields.SCOPE_IMPACT, true);
    Integer days = days(execution.getVariable(TIME_IMPACT_DAYS), checks);
    BigDecimal cost = cost(execution.getVariable(COST_IMPACT), checks);
    String solution = checks.text(execution.getVariable(CHANGE_SOLUTION), TextFields.CHANGE_SOLUTION, true);
    checks.refuseIfAny();
    CustomerCase assessed = book.changeAssessed(caseId(execution), scope, days, cost, solution, actor());
    show(execution, assessed);
    // the route table compares numbers: keep the checked ones, not what the form sent
    execution.setVariable(TIME_IMPACT_DAYS, days);
    execution.setVariable(COST_IMPACT, cost.doubleValue());
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(assessed.trail(), clock));
  }

  private static Integer days(Object value, FieldChecks checks) {
    if (value instanceof Number n && n.doubleValue() == Math.floor(n.doubleValue()) && n.intValue() >= 0
        && n.intValue() <= MAX_DAYS) {
      return n.intValue();
    }
    checks.add("对工期的影响须为 0 到 " + MAX_DAYS + " 之间的整天数");
    return null;
  }

  private static BigDecimal cost(Object value, FieldChecks checks) {
    if (value instanceof Number n) {
      BigDecimal cost = new BigDecimal(n.toString());
      if (cost.signum() >= 0 && cost.compareTo(MAX_COST) <= 0) {
        return cost;
      }
    }
    checks.add("对成本的影响须为 0 到 10 亿元之间的金额（元）");
    return null;
  }
}

package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;

/** 记录客户满意度 (CC-3.2.3): 不满意 reopens the case for another round, and the customer's words say why. */
@Component("recordSatisfaction")
class RecordSatisfactionListener extends CaseStepListener {

  RecordSatisfactionListener(CaseBook book, IdentityService identityService) {
    super(book, identityService);
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    Satisfaction satisfaction = Satisfaction.of(execution.getVariable(SATISFACTION)).orElse(null);
    if (satisfaction == null) {
      checks.add("请选择客户满意度（" + Satisfaction.labels() + "）");
    }
    String opinion = checks.text(execution.getVariable(CUSTOMER_OPINION), TextFields.CUSTOMER_OPINION,
        satisfaction == Satisfaction.UNSATISFIED);
    checks.refuseIfAny();
    show(execution, book.satisfactionRecorded(caseId(execution), satisfaction, opinion, actor()));
  }
}

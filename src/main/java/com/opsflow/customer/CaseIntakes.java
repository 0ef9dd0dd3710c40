package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Files a customer case from within another step, as its caller would record it in Tasklist. */
@Service
class CaseIntakes {

  private final RuntimeService runtimeService;

  CaseIntakes(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** A customer called back raised something new: a case of its own, the same customer, linked to the old case. */
  String raisedInCallback(CustomerCase old, Object category, Object severity, String description) {
    Map<String, Object> intake = new HashMap<>();
    intake.put(CUSTOMER_NAME, old.customerName());
    intake.put(CUSTOMER_COMPANY, old.customerCompany());
    intake.put(CUSTOMER_CONTACT, old.customerContact());
    intake.put(CHANNEL, CaseChannel.PHONE.name());
    intake.put(CATEGORY, category);
    intake.put(SEVERITY, severity);
    intake.put(DESCRIPTION, description);
    intake.put(RELATED_CASE, old.number());
    return runtimeService.startProcessInstanceByKey(CustomerCaseProcess.KEY, intake).getBusinessKey();
  }
}

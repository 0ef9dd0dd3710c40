package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.CASE_OWNER;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who owns a case in 客服部, as a step's candidate users ({@code ${caseOwners.of(execution)}}): the person who recorded
 * it; nobody for a case another system filed, which 客服部 as a whole then works.
 */
@Component("caseOwners")
public class CaseOwners {

  public List<String> of(DelegateExecution execution) {
    return execution.getVariable(CASE_OWNER) instanceof String owner ? List.of(owner) : List.of();
  }
}

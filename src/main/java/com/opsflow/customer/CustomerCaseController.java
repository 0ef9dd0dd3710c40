package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.opsflow.kernel.Refusal;

/**
 * Customer cases over HTTP. Another system (a web form, the call centre) files a case as a technical user whose
 * only grant is to start this process; a case's customer details are personal data, read only by 客服部, the
 * case's responsible department and 管理层 — to anyone else the case does not exist.
 */
@RestController
class CustomerCaseController {

  /** The body's fields and the process variables they become. */
  static final Map<String, String> INTAKE_FIELDS = Map.of("customerName", CUSTOMER_NAME,
      "customerCompany", CUSTOMER_COMPANY, "customerContact", CUSTOMER_CONTACT, "channel", CHANNEL,
      "category", CATEGORY, "severity", SEVERITY, "description", DESCRIPTION, "projectName", PROJECT_NAME,
      "responsibleDepartment", RESPONSIBLE_DEPARTMENT);

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CustomerCases cases;
  private final CaseReaders readers;

  CustomerCaseController(RuntimeService runtimeService, IdentityService identityService, CustomerCases cases,
      CaseReaders readers) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.cases = cases;
    this.readers = readers;
  }

  @PostMapping("/api/customer-cases")
  ResponseEntity<Map<String, String>> file(@RequestBody Map<String, Object> body) {
    List<String> unknown = body.keySet().stream().filter(key -> !INTAKE_FIELDS.containsKey(key)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw Refusal.badRequest("不认识的字段：" + String.join("、", unknown) + "。可用字段："
          + String.join("、", INTAKE_FIELDS.keySet().stream().sorted().toList()) + "。");
    }
    Map<String, Object> variables = new HashMap<>();
    body.forEach((key, value) -> variables.put(INTAKE_FIELDS.get(key), value));
    String number;
    try {
      number = runtimeService.startProcessInstanceByKey(CustomerCaseProcess.KEY, variables).getBusinessKey();
    } catch (AuthorizationException notAllowed) {
      throw Refusal.forbidden("您无权登记客户反馈。");
    }
    return ResponseEntity.created(URI.create("/api/customer-cases/" + number)).body(Map.of("number", number));
  }

  @GetMapping("/api/customer-cases/{number}")
  @Transactional(readOnly = true)
  ResponseEntity<CustomerCaseView> read(@PathVariable String number) {
    Authentication caller = identityService.getCurrentAuthentication();
    return cases.findByNumber(number).filter(found -> readers.mayRead(caller, found))
        .map(found -> ResponseEntity.ok(CustomerCaseView.of(found)))
        .orElse(ResponseEntity.notFound().build());
  }
}

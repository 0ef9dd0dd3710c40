package com.opsflow.customer;

import static com.opsflow.customer.CustomerCaseProcess.Variables.*;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import com.opsflow.customer.CustomerCaseProcess.TextFields;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/** 受理咨询与建议 (CC-3.2.2): answered on the spot, or transferred to the department that knows. */
@Component("recordEnquiryHandling")
class RecordEnquiryHandlingListener extends CaseStepListener {

  static final String ANSWER_NOW = "ANSWER";
  static final String TRANSFER = "TRANSFER";

  private final Organisation org;

  RecordEnquiryHandlingListener(CaseBook book, IdentityService identityService, Organisation org) {
    super(book, identityService);
    this.org = org;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    Object handling = execution.getVariable(ENQUIRY_HANDLING);
    if (ANSWER_NOW.equals(handling)) {
      FieldChecks checks = new FieldChecks();
      String answer = checks.text(execution.getVariable(ANSWER), TextFields.ANSWER, true);
      checks.refuseIfAny();
      show(execution, book.answeredOnTheSpot(caseId(execution), answer, actor()));
    } else if (TRANSFER.equals(handling)) {
      Set<String> departments = org.departments().stream().map(Group::getId).collect(Collectors.toSet());
      if (!(execution.getVariable(RESPONSIBLE_DEPARTMENT) instanceof String department) || !departments.contains(department)) {
        throw new SubmissionRefused("转交部门解答时，请选择由哪个部门解答。");
      }
      show(execution, book.transferred(caseId(execution), department, actor()));
    } else {
      throw new SubmissionRefused("请选择当场答复还是转交部门解答。");
    }
  }
}

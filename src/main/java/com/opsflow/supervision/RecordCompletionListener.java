package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.supervision.FindingRectificationProcess.TextFields;

/** 提交整改结果: what the department did. */
@Component("recordCompletion")
class RecordCompletionListener extends StepCompletion {

  private final Rectifications rectifications;

  RecordCompletionListener(Rectifications rectifications) {
    this.rectifications = rectifications;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String report = checks.text(execution.getVariable(COMPLETION_REPORT), TextFields.COMPLETION_REPORT, true);
    checks.refuseIfAny();
    rectifications.reportCompletion((Long) execution.getVariable(FINDING_ID), report);
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.supervision.FindingRectificationProcess.TextFields;

/** 管理层决定: extend the deadline, continue rectifying, or close the finding as failed. */
@Component("recordEscalationDecision")
class RecordEscalationDecisionListener extends StepCompletion {

  private final Rectifications rectifications;
  private final CompanyClock clock;
  private final SupervisionRules rules;

  RecordEscalationDecisionListener(Rectifications rectifications, CompanyClock clock, SupervisionRules rules) {
    this.rectifications = rectifications;
    this.clock = clock;
    this.rules = rules;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    EscalationChoice decision = EscalationChoice.parse(execution.getVariable(ESCALATION_DECISION))
        .orElseThrow(() -> new SubmissionRefused("请选择处理决定：" + EscalationChoice.choices() + "。"));
    FieldChecks checks = new FieldChecks();
    checks.text(execution.getVariable(ESCALATION_COMMENT), TextFields.ESCALATION_COMMENT, true);
    LocalDate newDeadline = null;
    if (decision == EscalationChoice.EXTEND) {
      newDeadline = checks.date(execution.getVariable(NEW_DEADLINE), "新的整改期限");
      if (newDeadline != null && !newDeadline.isAfter(clock.today())) {
        checks.add("新的整改期限须晚于今天（" + clock.today() + "）");
      }
    }
    checks.refuseIfAny();
    if (newDeadline != null && Boolean.TRUE.equals(execution.getVariable(ROUND_HAS_PLAN))) {
      rectifications.extend((Long) execution.getVariable(FINDING_ID), newDeadline);
      execution.setVariable(RECTIFICATION_DEADLINE, newDeadline.toString());
      RectificationSchedule.set(execution, newDeadline, clock, rules);
    }
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 逾期: a deadline passed without the department doing what was due. */
@Component("markRectificationOverdue")
class MarkRectificationOverdueDelegate implements JavaDelegate {

  private final Rectifications rectifications;

  MarkRectificationOverdueDelegate(Rectifications rectifications) {
    this.rectifications = rectifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rectifications.markOverdue((Long) execution.getVariable(FINDING_ID));
    execution.setVariable(ESCALATION_REASON, Boolean.TRUE.equals(execution.getVariable(ROUND_HAS_PLAN))
        ? "整改期限已过，部门未提交整改结果" : "部门逾期未提交整改方案");
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.FindingRectificationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.organisation.Organisation;

/** 开始整改跟踪: what the department and the supervisors see about the finding. */
@Component("openRectification")
class OpenRectificationDelegate implements JavaDelegate {

  private final Rectifications rectifications;
  private final Organisation org;
  private final SupervisionRules rules;

  OpenRectificationDelegate(Rectifications rectifications, Organisation org, SupervisionRules rules) {
    this.rectifications = rectifications;
    this.org = org;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AuditFinding finding = rectifications.open((Long) execution.getVariable(FINDING_ID), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(execution.getVariable(AUDIT_NUMBER) + "-" + finding.number());
    execution.setVariable(RESPONSIBLE_DEPARTMENT, finding.responsibleDepartment());
    execution.setVariable(FINDING_TITLE, "第 " + finding.number() + " 项问题（" + finding.severity().label() + "）");
    execution.setVariable(FINDING_DESCRIPTION, finding.description());
    execution.setVariable(FINDING_DETAILS, "督导重点：" + finding.focusArea().label() + "；影响范围：" + finding.scope()
        + "；责任部门：" + org.departmentName(finding.responsibleDepartment()) + "；责任人：" + finding.responsiblePerson());
    execution.setVariable(ROUND, finding.rounds());
    execution.setVariable(PLAN_DUE, rules.getPlanSubmissionPeriod().toString());
    execution.setVariable(ROUND_HAS_PLAN, false);
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionProgrammeProcess.Variables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/**
 * The planned audit a step of supervision-programme.bpmn works on, read from the record — never from variables a
 * task submission could have set: who answers (the audited head), who decides a new day (the audit's supervisors) and
 * what the audit is started with all come from the programme as it was approved and answered. Exposed to the
 * diagram as {@code ${plannedAuditSteps}} for the supervisors who may decide on a proposed day.
 */
@Component("plannedAuditSteps")
public class PlannedAuditSteps {

  private final Programmes programmes;
  private final Organisation org;

  PlannedAuditSteps(Programmes programmes, Organisation org) {
    this.programmes = programmes;
    this.org = org;
  }

  /** The programme of this process instance; refused when a submission pointed the instance at another one. */
  SupervisionProgramme programme(DelegateExecution execution) {
    return programmes.ofInstance((Long) execution.getVariable(PROGRAMME_ID), execution.getProcessInstanceId());
  }

  int number(DelegateExecution execution) {
    return (Integer) execution.getVariable(PLANNED_AUDIT_NO);
  }

  /** Refused unless {@code user} heads the planned audit's department. */
  void refuseUnlessHead(PlannedAudit audit, String user) {
    if (user == null || !org.membersOf(org.headGroupOf(audit.department())).contains(user)) {
      throw new SubmissionRefused("只有" + org.departmentName(audit.department()) + "负责人可以答复这次督导的日期。");
    }
  }

  /** Refused unless {@code user} is one of the planned audit's supervisors. */
  void refuseUnlessSupervisor(PlannedAudit audit, String user) {
    if (user == null || !audit.supervisors().contains(user)) {
      throw new SubmissionRefused("只有这次督导的督导人员可以决定是否改期。");
    }
  }

  /** {@code ${plannedAuditSteps.supervisorsOf(execution)}}: candidate users of 确认改期, from the record. */
  public String supervisorsOf(DelegateExecution execution) {
    return String.join(",", programme(execution).audit(number(execution)).supervisors());
  }

  /**
   * The audit's start variables, set on the planned audit's scope from the record just before the call: a value a
   * task submission wrote under the same name is overwritten or shadowed.
   */
  void prepareStart(DelegateExecution execution) {
    SupervisionProgramme programme = programme(execution);
    PlannedAudit audit = programme.audit(number(execution));
    execution.setVariableLocal(SupervisionAuditProcess.Variables.TITLE,
        programme.title() + "：" + org.departmentName(audit.department()));
    execution.setVariableLocal(SupervisionAuditProcess.Variables.AUDITED_DEPARTMENTS, FormValues.json(List.of(audit.department())));
    execution.setVariableLocal(SupervisionAuditProcess.Variables.FOCUS_AREAS,
        FormValues.json(audit.focusAreas().stream().map(FocusArea::name).toList()));
    execution.setVariableLocal(SupervisionAuditProcess.Variables.GOALS, programme.goals());
    execution.setVariableLocal(SupervisionAuditProcess.Variables.METHODS, programme.methods());
    execution.setVariableLocal(SupervisionAuditProcess.Variables.SUPERVISORS, FormValues.json(audit.supervisors()));
    execution.setVariableLocal(SupervisionAuditProcess.Variables.ON_SITE_DATE, audit.onSiteDate().toString());
    execution.setVariableLocal(PROGRAMME_NUMBER, programme.number());
    execution.setVariableLocal(PROGRAMME_DRAFTER, programme.drafter());
  }
}

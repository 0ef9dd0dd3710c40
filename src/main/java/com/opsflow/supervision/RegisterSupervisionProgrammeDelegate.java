package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionProgrammeProcess.Variables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.approval.DecisionHistory;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FormValues;
import com.opsflow.organisation.Organisation;

/**
 * 登记督导工作计划: checks the programme (SV-2.1.1) and records it; the number becomes the business key, and the
 * planned audits the collection each of which is told and started on its own.
 */
@Component("registerSupervisionProgramme")
class RegisterSupervisionProgrammeDelegate implements JavaDelegate {

  private final Programmes programmes;
  private final SupervisionOptions options;
  private final Organisation org;
  private final CompanyClock clock;

  RegisterSupervisionProgrammeDelegate(Programmes programmes, SupervisionOptions options, Organisation org,
      CompanyClock clock) {
    this.programmes = programmes;
    this.options = options;
    this.org = org;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProgrammeDraft draft = ProgrammeDraft.from(execution.getVariables(), options.departmentIds(),
        options.supervisorIds(), clock.today());
    String drafter = (String) execution.getVariable(INITIATOR);
    SupervisionProgramme programme = programmes.submit((Long) execution.getVariable(PROGRAMME_ID), drafter, draft,
        execution.getProcessInstanceId(), clock.now());
    execution.setProcessBusinessKey(programme.number());
    execution.setVariable(PROGRAMME_ID, programme.id());
    execution.setVariable(PROGRAMME_NUMBER, programme.number());
    execution.setVariable(PROGRAMME_DRAFTER, drafter);
    execution.setVariable(PROGRAMME_STATUS, programme.statusLabel());
    execution.setVariable(PERIOD_LABEL, programme.period().label());
    execution.setVariable(PLANNED_AUDITS_VIEW, FormValues.json(programme.audits().stream().map(this::row).toList()));
    execution.setVariable(PLANNED_AUDIT_NOS,
        new ArrayList<>(IntStream.rangeClosed(1, programme.audits().size()).boxed().toList()));
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(programme.trail(), clock));
  }

  private Map<String, Object> row(PlannedAudit audit) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("department", org.departmentName(audit.department()));
    row.put("date", audit.plannedDate().toString());
    row.put("focusAreas", audit.focusAreas().stream().map(FocusArea::label).collect(Collectors.joining("、")));
    row.put("supervisors", audit.supervisors().stream().map(org::displayName).collect(Collectors.joining("、")));
    return row;
  }
}

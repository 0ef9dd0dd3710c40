package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.StepCompletion;

/**
 * 编制项目计划: phases with tasks, deadlines, responsible persons and deliverables (OC-4.2.1), the resources and the
 * quality plan (CC-3.4).
 */
@Component("recordProjectPlan")
class RecordProjectPlanListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordProjectPlanListener(Projects projects, IdentityService identityService, CompanyClock clock) {
    this.projects = projects;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    CollaborationProject current = projects.project((Long) execution.getVariable(PROJECT_ID));
    List<ProjectPhase> phases = ProjectPlanDraft.phasesFrom(execution.getVariables(),
        java.time.LocalDate.parse((String) execution.getVariable(START_DATE)),
        java.time.LocalDate.parse((String) execution.getVariable(END_DATE)));
    FieldChecks checks = new FieldChecks();
    String resources = checks.text(execution.getVariable(RESOURCE_PLAN), TextFields.RESOURCE_PLAN, true);
    String quality = checks.text(execution.getVariable(QUALITY_PLAN), TextFields.QUALITY_PLAN, true);
    checks.refuseIfAny();
    CollaborationProject project = projects.plan(current.id(), phases, resources, quality, CurrentUser.of(identityService),
        clock.now());
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
    execution.setVariable(PHASES_VIEW, FormValues.json(phases.stream().map(phase -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", phase.name());
      row.put("tasks", phase.tasks());
      row.put("deadline", phase.deadline().toString());
      row.put("responsible", phase.responsible());
      row.put("deliverables", phase.deliverables());
      return row;
    }).toList()));
  }
}

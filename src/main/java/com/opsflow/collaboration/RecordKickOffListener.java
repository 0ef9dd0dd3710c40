package com.opsflow.collaboration;

import static com.opsflow.collaboration.CollaborationProjectProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.collaboration.CollaborationProjectProcess.TextFields;

/** 项目启动会议: each department's responsibilities and the way of working. */
@Component("recordKickOff")
class RecordKickOffListener extends StepCompletion {

  private final Projects projects;
  private final IdentityService identityService;
  private final CompanyClock clock;

  RecordKickOffListener(Projects projects, IdentityService identityService, CompanyClock clock) {
    this.projects = projects;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    FieldChecks checks = new FieldChecks();
    String responsibilities = checks.text(execution.getVariable(RESPONSIBILITIES), TextFields.RESPONSIBILITIES, true);
    String way = checks.text(execution.getVariable(WAY_OF_WORKING), TextFields.WAY_OF_WORKING, true);
    checks.refuseIfAny();
    CollaborationProject project = projects.kickOff((Long) execution.getVariable(PROJECT_ID),
        "职责分工：" + responsibilities + "\n工作方式：" + way, CurrentUser.of(identityService), clock.now());
    execution.setVariable(PROJECT_STATUS, project.statusLabel());
  }
}

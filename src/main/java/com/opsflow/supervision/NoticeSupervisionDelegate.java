package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionProgrammeProcess.Variables.*;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;

/**
 * 通知被督导部门 (SV-2.1.1): the audited department's head learns by mail which day the supervisors come, what they look
 * at and who they are, and finds 确认督导日期 in 部门待办. The planned audit's own variables are set here, in its
 * multi-instance body: what the audit will be started with.
 */
@Component("noticeSupervision")
class NoticeSupervisionDelegate implements JavaDelegate {

  private final Programmes programmes;
  private final PlannedAuditSteps steps;
  private final Organisation org;
  private final Notifier notifier;
  private final CompanyClock clock;

  NoticeSupervisionDelegate(Programmes programmes, PlannedAuditSteps steps, Organisation org, Notifier notifier,
      CompanyClock clock) {
    this.programmes = programmes;
    this.steps = steps;
    this.org = org;
    this.notifier = notifier;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int no = steps.number(execution);
    SupervisionProgramme programme = programmes.told(steps.programme(execution).id(), no, clock.now());
    PlannedAudit audit = programme.audit(no);
    String departmentName = org.departmentName(audit.department());
    String areas = audit.focusAreas().stream().map(FocusArea::label).collect(Collectors.joining("、"));
    String supervisorNames = audit.supervisors().stream().map(org::displayName).collect(Collectors.joining("、"));

    execution.setVariableLocal(AUDITED_DEPARTMENT, audit.department());
    execution.setVariableLocal(AUDITED_DEPARTMENT_NAME, departmentName);
    execution.setVariableLocal(PLANNED_DATE, audit.plannedDate().toString());
    execution.setVariableLocal(SUPERVISOR_LIST, String.join(",", audit.supervisors()));
    execution.setVariableLocal(SUPERVISOR_NAMES, supervisorNames);
    execution.setVariableLocal(FOCUS_AREA_LABELS, areas);

    notifier.send("supervision-notice:" + programme.number() + ":" + no,
        org.membersOf(org.headGroupOf(audit.department())),
        "【督导通知】" + audit.plannedDate() + " 对" + departmentName + "进行现场督导",
        programme.title() + "（" + programme.number() + "）安排于 " + audit.plannedDate() + " 对" + departmentName
            + "进行现场督导。\n督导重点：" + areas + "\n督导人员：" + supervisorNames
            + "\n\n请在任务中心“部门待办”的“确认督导日期”中确认，或提议其他日期并说明理由（SV-2.1.1）。");
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.SupervisionProgrammeProcess.Variables.*;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FormValues;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;
import com.opsflow.supervision.SupervisionAuditProcess.Variables;

/**
 * 通知被督导部门 (SV-2.1.1): the audited department's head learns by mail which day the supervisors come, what they look
 * at and who they are, and finds 确认督导日期 in 部门待办. The planned audit's own variables are set here, in its
 * multi-instance body: what the audit will be started with.
 */
@Component("noticeSupervision")
class NoticeSupervisionDelegate implements JavaDelegate {

  private final Programmes programmes;
  private final Organisation org;
  private final Notifier notifier;
  private final CompanyClock clock;

  NoticeSupervisionDelegate(Programmes programmes, Organisation org, Notifier notifier, CompanyClock clock) {
    this.programmes = programmes;
    this.org = org;
    this.notifier = notifier;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int no = (Integer) execution.getVariable(PLANNED_AUDIT_NO);
    SupervisionProgramme programme = programmes.told((Long) execution.getVariable(PROGRAMME_ID), no, clock.now());
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
    // what the audit is started with (SupervisionPlan reads them as its start form would send them)
    execution.setVariableLocal(Variables.TITLE, programme.title() + "：" + departmentName);
    execution.setVariableLocal(Variables.AUDITED_DEPARTMENTS, FormValues.json(List.of(audit.department())));
    execution.setVariableLocal(Variables.FOCUS_AREAS, FormValues.json(audit.focusAreas().stream().map(FocusArea::name).toList()));
    execution.setVariableLocal(Variables.GOALS, programme.goals());
    execution.setVariableLocal(Variables.METHODS, programme.methods());
    execution.setVariableLocal(Variables.SUPERVISORS, FormValues.json(audit.supervisors()));
    execution.setVariableLocal(Variables.ON_SITE_DATE, audit.plannedDate().toString());

    notifier.send("supervision-notice:" + programme.number() + ":" + no,
        org.membersOf(org.headGroupOf(audit.department())),
        "【督导通知】" + audit.plannedDate() + " 对" + departmentName + "进行现场督导",
        programme.title() + "（" + programme.number() + "）安排于 " + audit.plannedDate() + " 对" + departmentName
            + "进行现场督导。\n督导重点：" + areas + "\n督导人员：" + supervisorNames
            + "\n\n请在任务中心“部门待办”的“确认督导日期”中确认，或提议其他日期并说明理由（SV-2.1.1）。");
  }
}

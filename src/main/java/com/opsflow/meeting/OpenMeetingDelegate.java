package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.meeting.MeetingProcess.TextFields;
import com.opsflow.organisation.Groups;

/**
 * 登记会议: opens the meeting under its number (the business key) and gives the preparation its lists. A meeting
 * someone called is theirs to prepare; the weekly company meeting (OM-8.2) waits for 管理层, its usual attendees
 * (管理层 and the department heads) already chosen.
 */
@Component("openMeeting")
class OpenMeetingDelegate implements JavaDelegate {

  private final MeetingBook book;
  private final MeetingCalls calls;
  private final CompanyClock clock;

  OpenMeetingDelegate(MeetingBook book, MeetingCalls calls, CompanyClock clock) {
    this.book = book;
    this.calls = calls;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String organiser = (String) execution.getVariable(INITIATOR);
    MeetingKind kind;
    String topic;
    if (organiser == null) {
      kind = MeetingKind.COMPANY;
      topic = MeetingKind.COMPANY.label() + "（" + clock.today() + "）";
      execution.setVariable(KIND, kind.name());
      execution.setVariable(TOPIC, topic);
      execution.setVariable(ATTENDEE_GROUPS, FormValues.json(List.of(Groups.MANAGEMENT, MeetingCalls.HEADS)));
    } else {
      FieldChecks checks = new FieldChecks();
      kind = MeetingKind.of(execution.getVariable(KIND)).orElse(null);
      if (kind == null) {
        checks.add("请选择会议类型（公司例会、部门会议、项目协调会或专题会议）");
      }
      topic = checks.text(execution.getVariable(TOPIC), TextFields.TOPIC, true);
      checks.refuseIfAny();
      if (kind == MeetingKind.PROJECT && calls.projectOptions(organiser).isEmpty()) {
        throw new SubmissionRefused("项目协调会由项目负责人召集，您目前不是任何执行中协作项目的负责人。");
      }
    }
    // the weekly meeting's organiser is whoever in 管理层 prepares it; until then the group holds it
    Meeting meeting = book.open(kind, topic, organiser == null ? Groups.MANAGEMENT : organiser, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(meeting.number());
    execution.setVariable(MEETING_ID, meeting.id());
    execution.setVariable(MEETING_NUMBER, meeting.number());
    execution.setVariable(MEETING_STATUS, meeting.status().label());
    execution.setVariable(ORGANISER, organiser);
    execution.setVariable(DURATION_MINUTES, 60);
    execution.setVariable(PEOPLE_OPTIONS, FormValues.options(calls.peopleOptions()));
    execution.setVariable(GROUP_OPTIONS, FormValues.options(calls.groupOptions()));
    execution.setVariable(PROJECT_OPTIONS, FormValues.options(organiser == null ? Map.of() : calls.projectOptions(organiser)));
  }
}

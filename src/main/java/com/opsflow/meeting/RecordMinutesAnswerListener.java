package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.meeting.MeetingProcess.TextFields;
import com.opsflow.organisation.Organisation;

/**
 * 确认会议纪要 (OM-8.3), one attendee's answer: 确认无误, or 有异议 with the reason. Once everyone answered, any objection
 * sends the minutes back to the recorder with every comment.
 */
@Component("recordMinutesAnswer")
class RecordMinutesAnswerListener extends StepCompletion {

  static final String CONFIRM = "CONFIRM";
  static final String OBJECT = "OBJECT";

  private final MeetingBook book;
  private final Organisation org;
  private final CompanyClock clock;
  private final IdentityService identityService;

  RecordMinutesAnswerListener(MeetingBook book, Organisation org, CompanyClock clock, IdentityService identityService) {
    this.book = book;
    this.org = org;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    Object answer = execution.getVariable(MINUTES_ANSWER);
    if (!CONFIRM.equals(answer) && !OBJECT.equals(answer)) {
      throw new SubmissionRefused("请选择“确认无误”或“有异议”。");
    }
    boolean agreed = CONFIRM.equals(answer);
    FieldChecks checks = new FieldChecks();
    String comment = checks.text(execution.getVariable(MINUTES_COMMENT), TextFields.MINUTES_COMMENT, !agreed);
    checks.refuseIfAny();
    // what one attendee submitted must not show up pre-filled in the next attendee's form
    execution.removeVariable(MINUTES_ANSWER);
    execution.removeVariable(MINUTES_COMMENT);
    long meetingId = (Long) execution.getVariable(MEETING_ID);
    MeetingMinutes minutes = book.answered(meetingId, CurrentUser.required(identityService), agreed, comment);
    execution.setVariable(MINUTES_OUTCOME, minutes.objected() ? OBJECTED : CONFIRMED);
    execution.setVariable(OBJECTIONS_VIEW, FormValues.json(objections(minutes)));
    execution.setVariable(MEETING_STATUS, book.get(meetingId).status().label());
  }

  private List<Map<String, Object>> objections(MeetingMinutes minutes) {
    return minutes.answers().stream().filter(a -> !a.agreed()).map(a -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("attendee", org.displayName(a.attendee()));
      row.put("time", clock.format(a.answeredAt()));
      row.put("comment", a.comment());
      return row;
    }).toList();
  }
}

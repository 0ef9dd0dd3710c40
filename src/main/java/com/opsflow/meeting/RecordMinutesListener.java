package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FormValues;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.organisation.Organisation;

/**
 * 撰写会议纪要 (OM-8.3): the recorder's 主要内容 and 决策事项 become a new version of the minutes, which every attendee
 * is then asked to confirm.
 */
@Component("recordMinutes")
class RecordMinutesListener extends StepCompletion {

  private final MeetingBook book;
  private final Organisation org;
  private final IdentityService identityService;

  RecordMinutesListener(MeetingBook book, Organisation org, IdentityService identityService) {
    this.book = book;
    this.org = org;
    this.identityService = identityService;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    long meetingId = (Long) execution.getVariable(MEETING_ID);
    MeetingMinutes minutes = book.written(meetingId, execution.getVariable(MINUTES_CONTENT),
        execution.getVariable(DECISIONS), CurrentUser.required(identityService));
    execution.setVariable(MINUTES_VERSION, minutes.version());
    execution.setVariable(MINUTES_OUTCOME, CONFIRMED);
    execution.setVariable(DECISIONS_VIEW, FormValues.json(view(minutes.decisions())));
    execution.setVariable(MEETING_STATUS, book.get(meetingId).status().label());
  }

  private List<Map<String, Object>> view(List<DecisionItem> decisions) {
    return decisions.stream().map(item -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("subject", item.subject());
      row.put("owner", org.displayName(item.owner()));
      row.put("due", item.due().toString());
      return row;
    }).toList();
  }
}

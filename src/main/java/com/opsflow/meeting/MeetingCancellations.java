package com.opsflow.meeting;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.Refusal;
import com.opsflow.meeting.MeetingProcess.Variables;

/**
 * 取消会议 (OM-8.2): the organiser calls a meeting off, with the reason, before its minutes are written; the meeting's
 * event sub-process tells the attendees and withdraws the invitation from their calendars.
 */
@Service
class MeetingCancellations {

  /** No form asks for it (the page and REST clients do); the size of the trail's comment column would allow more. */
  static final int REASON_LIMIT = 500;

  private final Meetings meetings;
  private final RuntimeService runtimeService;
  private final Privileged privileged;

  MeetingCancellations(Meetings meetings, RuntimeService runtimeService, Privileged privileged) {
    this.meetings = meetings;
    this.runtimeService = runtimeService;
    this.privileged = privileged;
  }

  @Transactional
  void cancel(Meeting meeting, Object reason, String caller) {
    if (!meeting.organiser().equals(caller)) {
      throw Refusal.forbidden("只有召集人可以取消会议。");
    }
    if (!meeting.cancellable()) {
      throw Refusal.badRequest("会议" + meeting.status().label() + "，已不能取消。");
    }
    FieldChecks checks = new FieldChecks();
    String why = checks.text(reason, "取消原因", REASON_LIMIT, true);
    checks.refuseIfAny();
    privileged.run(() -> runtimeService.createMessageCorrelation(MeetingProcess.CANCEL_MESSAGE)
        .processInstanceId(meeting.processInstanceId()).setVariable(Variables.CANCEL_REASON, why)
        .setVariable(Variables.CANCELLED_BY, caller).correlateWithResult());
  }
}

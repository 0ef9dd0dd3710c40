package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingResolutionProcess.Variables.*;

import java.util.EnumSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewDecisions;
import com.opsflow.kernel.StepCompletion;

/** 运营部检查决议 (OM-8.4 跟踪检查): 同意 closes the item; 退回修改 sends it back to the 责任人 with the reason. */
@Component("recordResolutionCheck")
class RecordResolutionCheckListener extends StepCompletion {

  private final ReviewDecisions decisions;
  private final ResolutionBook book;

  RecordResolutionCheckListener(ReviewDecisions decisions, ResolutionBook book) {
    this.decisions = decisions;
    this.book = book;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    decisions.record(execution, RESOLUTION_ID, book, EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.RETURN))
        .ifPresent(resolution -> execution.setVariable(RESOLUTION_STATUS, resolution.statusLabel()));
  }
}

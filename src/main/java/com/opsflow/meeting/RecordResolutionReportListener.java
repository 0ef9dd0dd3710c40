package com.opsflow.meeting;

import static com.opsflow.meeting.MeetingResolutionProcess.Variables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.StepCompletion;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.meeting.MeetingResolutionProcess.TextFields;

/**
 * 执行决议 (OM-8.4): the 责任人 reports progress (the task stays with them, due as before) or the result, which goes to
 * 运营部 to check.
 */
@Component("recordResolutionReport")
class RecordResolutionReportListener extends StepCompletion {

  private final ResolutionBook book;
  private final IdentityService identityService;

  RecordResolutionReportListener(ResolutionBook book, IdentityService identityService) {
    this.book = book;
    this.identityService = identityService;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    Object kind = execution.getVariable(REPORT_KIND);
    if (!PROGRESS.equals(kind) && !DONE.equals(kind)) {
      throw new SubmissionRefused("请选择汇报类型：汇报进展或已完成。");
    }
    FieldChecks checks = new FieldChecks();
    String report = checks.text(execution.getVariable(REPORT), TextFields.REPORT, true);
    checks.refuseIfAny();
    long id = (Long) execution.getVariable(RESOLUTION_ID);
    String owner = CurrentUser.required(identityService);
    Resolution resolution = PROGRESS.equals(kind) ? book.progressReported(id, report, owner) : book.resultReported(id, report, owner);
    execution.setVariable(PROGRESS.equals(kind) ? LAST_PROGRESS : RESULT, report);
    execution.removeVariable(REPORT);
    execution.setVariable(RESOLUTION_STATUS, resolution.statusLabel());
  }
}

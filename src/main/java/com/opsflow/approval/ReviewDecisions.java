package com.opsflow.approval;

import static com.opsflow.approval.ReviewVariables.*;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.Steps;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.notification.NotificationLinks;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;

/**
 * What happens when any review step ends, in any process: the decision is checked, written to the
 * record's trail and as a comment on the task, the initiator is told by e-mail, and the decision fields are cleared so the next
 * reviewer's form starts empty.
 *
 * <p>Called from an execution listener on the step's {@code end}, not a task listener: the engine wraps
 * task listener exceptions into an anonymous 500, while an execution listener's refusal reaches the
 * reviewer as our own message with 400, and still undoes the whole completion.
 */
@Component
public class ReviewDecisions {

  private final IdentityService identityService;
  private final Notifier notifier;
  private final NotificationLinks links;
  private final Organisation org;
  private final CompanyClock clock;
  private final AddedSignerOpinions signers;

  ReviewDecisions(IdentityService identityService, Notifier notifier, NotificationLinks links, Organisation org,
      CompanyClock clock, AddedSignerOpinions signers) {
    this.signers = signers;
    this.identityService = identityService;
    this.notifier = notifier;
    this.links = links;
    this.org = org;
    this.clock = clock;
  }

  /**
   * @param recordIdVariable the variable holding the reviewed record's id
   * @return the record after the decision; empty when the step was cancelled rather than decided
   */
  public Optional<Reviewed> record(DelegateExecution execution, String recordIdVariable, ReviewedRecords records) {
    return record(execution, recordIdVariable, records, EnumSet.allOf(ReviewDecision.class));
  }

  /** As above, for a step where only some decisions are open to the reviewer (e.g. a report is not rejected). */
  public Optional<Reviewed> record(DelegateExecution execution, String recordIdVariable, ReviewedRecords records,
      Set<ReviewDecision> allowed) {
    if (Steps.cancelled(execution)) {
      return Optional.empty(); // instance deleted, migrated …: nobody decided anything
    }
    String automatically = Steps.decidedAutomatically(execution)
        ? (String) execution.getVariableLocal(OwnApplications.AUTOMATICALLY) : null;
    String reviewer = automatically == null ? CurrentUser.of(identityService)
        : (String) execution.getVariable(OwnApplications.AUTOMATIC_DECIDER);
    if (automatically == null) {
      OwnApplications.refuseOwnDecision(execution, reviewer);
    }
    ReviewSubmission submission = automatically != null ? ReviewSubmission.automatic(automatically)
        : ReviewSubmission.of(execution.getVariable(DECISION), execution.getVariable(DECISION_COMMENT));
    if (!allowed.contains(submission.decision())) {
      throw new SubmissionRefused("此环节不能选择“" + submission.decision().label() + "”，只能选择"
          + String.join("或", allowed.stream().sorted().map(ReviewDecision::label).toList()) + "。");
    }
    String returnTo = submission.decision() == ReviewDecision.RETURN ? ReturnTargets.chosen(execution) : null;
    if (returnTo != null) {
      submission = submission.returnedTo(ReturnTargets.nameOf(execution, returnTo));
    }
    String taskId = (String) execution.getVariable(TaskSubmissions.COMPLETED_TASK_ID);
    if (taskId != null) {
      signers.refuseWhileWaiting(taskId);
      submission = submission.after(signers.takeFor(taskId));
    }
    String stepName = execution.getCurrentActivityName();
    Reviewed reviewed = records.recordDecision((Long) execution.getVariable(recordIdVariable), stepName,
        reviewer, submission, clock.now());
    if (submission.decision() == ReviewDecision.APPROVE && reviewer != null) {
      execution.setVariable(LAST_APPROVER, reviewer);
    } else {
      execution.removeVariable(LAST_APPROVER);
    }

    execution.setVariable(REVIEW_OUTCOME, submission.decision().name());
    execution.setVariable(DECISION_HISTORY, DecisionHistory.of(reviewed.trail(), clock));
    if (submission.decision() == ReviewDecision.RETURN && returnTo == null) {
      execution.setVariable(LAST_RETURN_COMMENT, submission.comment());
    }
    if (returnTo == null) {
      execution.removeVariable(RETURN_TO);
    } else {
      execution.setVariable(RETURN_TO, returnTo);
    }
    execution.removeVariable(DECISION);
    execution.removeVariable(DECISION_COMMENT);
    Countersign.count(execution, submission.decision());
    comment(execution, reviewer, submission.actionLabel() + (submission.comment().isEmpty() ? "" : "：" + submission.comment()));
    tellInitiator(execution, reviewer, stepName, submission, reviewed);
    return Optional.of(reviewed);
  }

  /** The decision as a comment on the completed task (Tasklist shows it in the task's history) and its instance. */
  private void comment(DelegateExecution execution, String reviewer, String message) {
    StepComments.add((String) execution.getVariable(TaskSubmissions.COMPLETED_TASK_ID), execution.getProcessInstanceId(),
        ((ExecutionEntity) execution).getRootProcessInstanceId(), reviewer, message);
  }

  /** Returns, rejections and approvals each tell the initiator, with a link to the application. */
  private void tellInitiator(DelegateExecution execution, String reviewerId, String stepName, ReviewSubmission submission,
      Reviewed reviewed) {
    Object initiator = execution.getVariable(ApplicationProcess.INITIATOR);
    if (!(initiator instanceof String applicant) || applicant.equals(reviewerId) || submission.automatically() != null) {
      return;
    }
    String process = ((ExecutionEntity) execution).getProcessDefinition().getName();
    String businessKey = execution.getProcessBusinessKey();
    String what = process + (businessKey == null ? "" : "（" + businessKey + "）");
    String reviewer = org.displayName(reviewerId);
    String decision = submission.actionLabel();
    notifier.send("decision:" + execution.getActivityInstanceId(), List.of(applicant),
        "【" + submission.decision().label() + "】" + what + " - " + stepName,
        "您的“" + what + "”在“" + stepName + "”环节由" + reviewer + "审批：" + decision
            + (submission.comment().isEmpty() ? "" : "\n审批意见：" + submission.comment())
            + "\n当前状态：" + reviewed.statusLabel()
            + (submission.decision() == ReviewDecision.RETURN && submission.returnToStep() == null
                ? "\n\n请在 Tasklist 中修改后重新提交。" : "")
            + "\n\n查看申请及审批记录：" + links.application(execution.getProcessInstanceId()));
  }
}

package com.opsflow.approval;

import java.util.List;

import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.kernel.TextField;

/**
 * A reviewer's decision and comment as submitted, checked on the server: a return or rejection must
 * say why, and no comment may exceed what a person reads on one screen.
 */
public record ReviewSubmission(ReviewDecision decision, String comment, String returnToStep, List<Opinion> opinions,
    String automatically) {

  /** The 审批意见 of every review form. */
  public static final TextField COMMENT = new TextField(ReviewVariables.DECISION_COMMENT, "审批意见", 2000);

  public ReviewSubmission(ReviewDecision decision, String comment) {
    this(decision, comment, null, List.of(), null);
  }

  /** An approval nobody submitted, with the trail's words for why (申请人本人，自动跳过 …). */
  public static ReviewSubmission automatic(String why) {
    return new ReviewSubmission(ReviewDecision.APPROVE, "", null, List.of(), why);
  }

  /** A 退回 to an earlier review step (by name) instead of to the applicant. */
  public ReviewSubmission returnedTo(String stepName) {
    return new ReviewSubmission(decision, comment, stepName, opinions, automatically);
  }

  /** The decision with what the signers added to the step said before it (加签), for the trail. */
  public ReviewSubmission after(List<Opinion> given) {
    return new ReviewSubmission(decision, comment, returnToStep, List.copyOf(given), automatically);
  }

  /** How the trail names the decision: 退回修改, or 退回至运营部汇总审核. */
  public String actionLabel() {
    if (automatically != null) {
      return automatically;
    }
    return returnToStep == null ? decision.label() : "退回至" + returnToStep;
  }

  public static ReviewSubmission of(Object decisionCode, Object commentValue) {
    ReviewDecision decision = ReviewDecision.parse(decisionCode);
    if (commentValue != null && !(commentValue instanceof String)) {
      throw new SubmissionRefused("审批意见必须是文字。");
    }
    String comment = commentValue == null ? "" : ((String) commentValue).strip();
    if (decision.commentRequired() && comment.isEmpty()) {
      throw new SubmissionRefused(decision.label() + "时必须填写审批意见，说明原因。");
    }
    if (comment.length() > COMMENT.maxLength()) {
      throw new SubmissionRefused("审批意见不能超过 " + COMMENT.maxLength() + " 个字（当前 " + comment.length() + " 个字）。");
    }
    return new ReviewSubmission(decision, comment);
  }
}

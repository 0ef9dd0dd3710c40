package com.opsflow.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewSubmissionTest {

  @Test
  void approvalNeedsNoComment() {
    assertThat(ReviewSubmission.of("APPROVE", null)).isEqualTo(new ReviewSubmission(ReviewDecision.APPROVE, ""));
  }

  @Test
  void returnAndRejectionMustSayWhy() {
    assertThatThrownBy(() -> ReviewSubmission.of("RETURN", " ")).hasMessage("退回修改时必须填写审批意见，说明原因。");
    assertThatThrownBy(() -> ReviewSubmission.of("REJECT", null)).hasMessage("驳回时必须填写审批意见，说明原因。");
    assertThat(ReviewSubmission.of("RETURN", " 请补充预算 ").comment()).isEqualTo("请补充预算");
  }

  @Test
  void unknownDecisionsAndNonTextCommentsAreRefused() {
    assertThatThrownBy(() -> ReviewSubmission.of("approve", null)).hasMessage("审批结论“approve”无效，只能是同意、退回修改或驳回。");
    assertThatThrownBy(() -> ReviewSubmission.of(null, null)).hasMessage("请选择审批结论（同意、退回修改或驳回）。");
    assertThatThrownBy(() -> ReviewSubmission.of("APPROVE", 3)).hasMessage("审批意见必须是文字。");
  }
}

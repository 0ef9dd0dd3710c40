/**
 * The review core every process shares: a reviewer's decision (同意, 退回修改, 驳回) checked and written to the record's
 * {@link com.opsflow.approval.DecisionTrail}, returns to an earlier step, 会签 and 或签, task submissions.
 */
package com.opsflow.approval;

package com.opsflow.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.OrderColumn;

/**
 * A record's decision trail (审批记录): every submission, review decision, withdrawal and event of the record, in
 * order, with the words people read in one place. Embedded in each record, which names its own table:
 * {@code @AssociationOverride(name = "entries", joinTable = @JoinTable(name = "…_trail", joinColumns = …))}.
 */
@Embeddable
public class DecisionTrail {

  static final String SUBMITTED = "提交";
  static final String RESUBMITTED = "修改后重新提交";
  static final String WITHDRAWN_STEP = "撤回";
  static final String WITHDRAWN = "申请人撤回";

  // a record is always read whole: its trail is small and part of it
  @ElementCollection(fetch = FetchType.EAGER)
  @OrderColumn(name = "entry_order")
  private List<TrailEntry> entries = new ArrayList<>();

  /** The drafter submits, the first time or again after a return. */
  public void submitted(String step, boolean again, String actor, String actorName, Instant now) {
    entries.add(new TrailEntry(step, again ? RESUBMITTED : SUBMITTED, actor, actorName, null, now));
  }

  /** A reviewer decides: 同意, 退回修改, 退回至… or 驳回, with the reviewer's comment — after the opinions of the signers they added. */
  public void decided(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    submission.opinions().forEach(opinion -> entries.add(new TrailEntry(step, opinion.action(), opinion.actor(),
        opinion.actorName(), opinion.comment() == null || opinion.comment().isEmpty() ? null : opinion.comment(), opinion.at())));
    entries.add(new TrailEntry(step, submission.decision(), submission.actionLabel(), actor, actorName,
        submission.comment().isEmpty() ? null : submission.comment(), now));
  }

  /** The applicant took the application back. */
  public void withdrawn(String actor, String actorName, Instant now) {
    entries.add(new TrailEntry(WITHDRAWN_STEP, WITHDRAWN, actor, actorName, null, now));
  }

  /** Anything else that happened to the record, in its own words (项目启动会议已召开, 调整生效 …); actor may be null. */
  public void event(String step, String action, String actor, String actorName, String comment, Instant now) {
    entries.add(new TrailEntry(step, action, actor, actorName, comment, now));
  }

  /** The latest approval, e.g. the one that brought an adjustment into force. */
  public Optional<TrailEntry> lastApproval() {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).decision() == ReviewDecision.APPROVE) {
        return Optional.of(entries.get(i));
      }
    }
    return Optional.empty();
  }

  public List<TrailEntry> entries() {
    return List.copyOf(entries);
  }
}

package com.opsflow.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.ReviewedRecords;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Organisation;

/** The 决议台账 as the resolution process and 运营部 write it (OM-8.4). */
@Service
public class ResolutionBook implements ReviewedRecords {

  private final Resolutions resolutions;
  private final Organisation org;
  private final CompanyClock clock;
  private final MeetingRules rules;

  ResolutionBook(Resolutions resolutions, Organisation org, CompanyClock clock, MeetingRules rules) {
    this.resolutions = resolutions;
    this.org = org;
    this.clock = clock;
    this.rules = rules;
  }

  @Transactional
  public Resolution started(long resolutionId, String processInstanceId) {
    return change(resolutionId, r -> r.started(processInstanceId));
  }

  @Transactional
  public Resolution progressReported(long resolutionId, String progress, String owner) {
    return change(resolutionId, r -> r.progressReported(progress, owner, org.displayName(owner), clock.now()));
  }

  @Transactional
  public Resolution resultReported(long resolutionId, String result, String owner) {
    return change(resolutionId, r -> r.resultReported(result, owner, org.displayName(owner), clock.now()));
  }

  @Override
  @Transactional
  public Resolution recordDecision(long resolutionId, String step, String reviewer, ReviewSubmission submission,
      Instant now) {
    return change(resolutionId, r -> r.decide(step, submission, reviewer, org.displayName(reviewer), now));
  }

  /** 运营部 moves an open item's date, with the reason in its trail. */
  @Transactional
  public Resolution extended(String number, LocalDate newDue, String reason, String actor) {
    Resolution resolution = resolutions.findByNumber(number).orElseThrow(() -> Refusal.notFound("决议“" + number + "”不存在。"));
    if (resolution.status() == ResolutionStatus.DONE) {
      throw Refusal.badRequest("决议 " + number + " 已完成，不能延期。");
    }
    if (newDue == null || newDue.isBefore(clock.today())) {
      throw Refusal.badRequest("新的完成时间必须是今天或以后的日期。");
    }
    Instant due = newDue.atTime(rules.getResolutionDueHour(), 0).atZone(clock.zone()).toInstant();
    if (!due.isAfter(resolution.dueAt())) {
      throw Refusal.badRequest("新的完成时间应晚于原定的 " + clock.format(resolution.dueAt()) + "。");
    }
    resolution.extended(due, reason, actor, org.displayName(actor), clock.now(), clock.format(due));
    return resolution;
  }

  public Resolution get(long resolutionId) {
    return resolutions.findById(resolutionId).orElseThrow();
  }

  private Resolution change(long resolutionId, Consumer<Resolution> change) {
    Resolution resolution = get(resolutionId);
    change.accept(resolution);
    return resolution;
  }
}

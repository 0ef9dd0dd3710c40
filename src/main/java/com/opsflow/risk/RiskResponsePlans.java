package com.opsflow.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.ReviewedRecords;
import com.opsflow.organisation.Organisation;

/** The risks' responses (OM-5.2): opened for each registered risk of level 中 and above, planned, carried out, checked. */
@Service
public class RiskResponsePlans implements ReviewedRecords {

  private static final EnumSet<ResponseStatus> OPEN = EnumSet.of(ResponseStatus.PLANNING, ResponseStatus.AWAITING_APPROVAL,
      ResponseStatus.EXECUTING, ResponseStatus.REPORTED);

  private final RiskResponses responses;
  private final Risks risks;
  private final Organisation org;

  RiskResponsePlans(RiskResponses responses, Risks risks, Organisation org) {
    this.responses = responses;
    this.risks = risks;
    this.org = org;
  }

  /** Whether the risk needs a response now: 中 and above, with none under way (a reassessment does not add a second). */
  @Transactional(readOnly = true)
  public boolean needsResponse(Risk risk) {
    return risk.level().compareTo(RiskLevel.MEDIUM) >= 0 && !responses.existsByRiskIdAndStatusIn(risk.id(), OPEN);
  }

  /** e.g. YD-2026-001-1, the first response to FX-2026-001. */
  @Transactional
  public RiskResponse open(Risk risk, Instant now) {
    String number = "YD" + risk.number().substring(2) + "-" + (responses.countByRiskId(risk.id()) + 1);
    return responses.saveAndFlush(new RiskResponse(number, risk, now));
  }

  @Transactional
  public RiskResponse startedAs(long responseId, String processInstanceId) {
    RiskResponse response = response(responseId);
    response.startedAs(processInstanceId);
    return responses.save(response);
  }

  @Transactional
  public RiskResponse plan(long responseId, ResponseStrategy strategy, String measures, String owner, LocalDate dueOn,
      String actor, Instant now) {
    RiskResponse response = response(responseId);
    response.plan(strategy, measures, owner, dueOn, actor, org.displayName(actor), now);
    return responses.save(response);
  }

  @Transactional
  public RiskResponse report(long responseId, String report, String actor, Instant now) {
    RiskResponse response = response(responseId);
    response.report(report, actor, org.displayName(actor), now);
    return responses.save(response);
  }

  @Override
  @Transactional
  public RiskResponse recordDecision(long responseId, String step, String reviewer, ReviewSubmission submission,
      Instant now) {
    RiskResponse response = response(responseId);
    response.decide(step, submission, reviewer, org.displayName(reviewer), now);
    return responses.save(response);
  }

  @Transactional
  public RiskResponse close(long responseId, Instant now) {
    RiskResponse response = response(responseId);
    response.close(now);
    return responses.save(response);
  }

  public RiskResponse response(long responseId) {
    return responses.findById(responseId)
        .orElseThrow(() -> new IllegalStateException("risk response " + responseId + " vanished"));
  }

  public Risk riskOf(RiskResponse response) {
    return risks.findById(response.riskId()).orElseThrow(() -> new IllegalStateException("risk " + response.riskId() + " vanished"));
  }
}

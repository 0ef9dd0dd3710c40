package com.opsflow.risk.warning;

import static com.opsflow.risk.warning.RiskWarningProcess.Variables.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.kernel.RecordNumbers;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.ReviewedRecords;
import com.opsflow.kernel.Privileged;
import com.opsflow.organisation.Organisation;

/**
 * The warnings (OM-5.3): a value past its indicator's threshold raises one for the responsible department, unless
 * one is open for the indicator — then the value is added to that one, and a 预警 that became a 报警 goes to 管理层.
 */
@Service
public class Warnings implements ReviewedRecords {

  private final RiskWarnings warnings;
  private final Organisation org;
  private final RuntimeService runtimeService;
  private final Privileged privileged;
  private final RecordNumbers numbers;

  Warnings(RecordNumbers numbers, RiskWarnings warnings, Organisation org, RuntimeService runtimeService, Privileged privileged) {
    this.numbers = numbers;
    this.warnings = warnings;
    this.org = org;
    this.runtimeService = runtimeService;
    this.privileged = privileged;
  }

  /**
   * A new or changed value of the indicator for the period.
   * @return the warning it raised or updated; empty when the value is within bounds
   */
  @Transactional
  public Optional<RiskWarning> onValue(Indicator indicator, String period, BigDecimal value, String recordedBy,
      Instant now) {
    Optional<WarningLevel> level = indicator.levelOf(value);
    if (level.isEmpty()) {
      return Optional.empty();
    }
    Optional<RiskWarning> open = warnings.findByOpenIndicator(indicator.code());
    if (open.isPresent()) {
      RiskWarning warning = open.get();
      boolean escalated = warning.read(period, value, level.get(), now);
      warnings.save(warning);
      privileged.run(() -> {
        runtimeService.setVariables(warning.processInstanceId(), WarningViews.of(warning, org));
        if (escalated) {
          runtimeService.createMessageCorrelation(RiskWarningProcess.Messages.ESCALATED)
              .processInstanceId(warning.processInstanceId()).correlate();
        }
      });
      return open;
    }
    RiskWarning warning = warnings.saveAndFlush(RiskWarning.ofIndicator(nextNumber(now), indicator, period, value,
        level.get(), recordedBy, org.displayName(recordedBy), now));
    privileged.run(() -> runtimeService.createMessageCorrelation(RiskWarningProcess.Messages.RAISED)
        .processInstanceBusinessKey(warning.number())
        .setVariable(WARNING_ID, warning.id())
        .setVariable(DEPARTMENT, warning.department())
        .correlateStartMessage());
    return Optional.of(warning);
  }

  /** SV-2.2.5, SV-5.3: a supervisor's warning on a major problem or risk, to 管理层. */
  @Transactional
  public RiskWarning raiseBySupervisor(String department, String subject, String description, String supervisor,
      Instant now) {
    return warnings.saveAndFlush(RiskWarning.bySupervisor(nextNumber(now), department, subject, description,
        supervisor, org.displayName(supervisor), now));
  }

  @Transactional
  public RiskWarning startedAs(long warningId, String processInstanceId) {
    RiskWarning warning = warning(warningId);
    warning.startedAs(processInstanceId);
    return warnings.save(warning);
  }

  @Transactional
  public RiskWarning instruct(long warningId, boolean respond, String instruction, String manager, Instant now) {
    RiskWarning warning = warning(warningId);
    warning.instruct(respond, instruction, manager, org.displayName(manager), now);
    return warnings.save(warning);
  }

  @Transactional
  public RiskWarning respond(long warningId, String cause, String measures, String actor, Instant now) {
    RiskWarning warning = warning(warningId);
    warning.respond(cause, measures, actor, org.displayName(actor), now);
    return warnings.save(warning);
  }

  @Override
  @Transactional
  public RiskWarning recordDecision(long warningId, String step, String reviewer, ReviewSubmission submission,
      Instant now) {
    RiskWarning warning = warning(warningId);
    warning.decide(step, submission, reviewer, org.displayName(reviewer), now);
    return warnings.save(warning);
  }

  @Transactional
  public RiskWarning close(long warningId, Instant now) {
    RiskWarning warning = warning(warningId);
    warning.close(now);
    return warnings.save(warning);
  }

  public RiskWarning warning(long warningId) {
    return warnings.findById(warningId).orElseThrow(() -> new IllegalStateException("warning " + warningId + " vanished"));
  }

  /** e.g. YJ-2026-004, the fourth warning of 2026. */
  private String nextNumber(Instant now) {
    String prefix = "YJ-" + now.toString().substring(0, 4) + "-";
    return prefix + String.format("%03d", numbers.next(prefix, () -> warnings.countByNumberStartingWith(prefix)));
  }
}

package com.opsflow.risk.warning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import com.opsflow.approval.DecisionTrail;
import com.opsflow.approval.ReviewDecision;
import com.opsflow.approval.ReviewSubmission;
import com.opsflow.approval.Reviewed;
import com.opsflow.approval.TrailEntry;

/**
 * A 预警 (OM-5.3, CC-3.3.4): raised by an indicator's value or by a supervisor, answered by the responsible department
 * with its cause and measures, checked by 运营部. While it is open, its indicator's further values past the threshold
 * are added to it rather than raising another.
 */
@Entity
@Table(name = "risk_warning")
public class RiskWarning implements Reviewed {

  static final String RESPONSE_STEP = "原因分析与应对措施";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "warning_number", nullable = false)
  private String number;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WarningKind kind;
  @Column(nullable = false)
  private String department;
  @Column(name = "indicator_code")
  private String indicatorCode;
  /** The indicator while open, null after: the unique column that keeps one open warning per indicator. */
  @Column(name = "open_indicator")
  private String openIndicator;
  @Enumerated(EnumType.STRING)
  @Column(name = "warning_level", nullable = false)
  private WarningLevel level;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WarningStatus status;
  @Column(nullable = false)
  private String subject;
  private String description;
  private String cause;
  private String measures;
  private String instruction;
  @Column(name = "raised_by", nullable = false)
  private String raisedBy;
  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;
  @Column(name = "closed_at")
  private Instant closedAt;
  @Column(name = "process_instance_id")
  private String processInstanceId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "risk_warning_reading", joinColumns = @JoinColumn(name = "warning_id"))
  @OrderColumn(name = "entry_order")
  private List<WarningReading> readings = new ArrayList<>();

  @Embedded
  @AssociationOverride(name = "entries",
      joinTable = @JoinTable(name = "risk_warning_trail", joinColumns = @JoinColumn(name = "warning_id")))
  private DecisionTrail trail = new DecisionTrail();

  protected RiskWarning() {
  }

  private RiskWarning(String number, WarningKind kind, String department, WarningLevel level, String subject,
      String raisedBy, Instant now) {
    this.number = number;
    this.kind = kind;
    this.department = department;
    this.level = level;
    this.subject = subject;
    this.raisedBy = raisedBy;
    this.raisedAt = now;
  }

  static RiskWarning ofIndicator(String number, Indicator indicator, String period, BigDecimal value,
      WarningLevel level, String raisedBy, String raisedByName, Instant now) {
    RiskWarning warning = new RiskWarning(number, WarningKind.INDICATOR, indicator.department(), level,
        indicator.name() + "达到" + level.label() + "值", raisedBy, now);
    warning.indicatorCode = indicator.code();
    warning.openIndicator = indicator.code();
    warning.description = indicator.name() + " " + period + " 为 " + value.stripTrailingZeros().toPlainString() + " "
        + indicator.unit() + "，" + indicator.thresholds() + "。";
    warning.status = WarningStatus.OPEN;
    warning.readings.add(new WarningReading(period, value, level, now));
    warning.trail.event("发出预警", level.label(), raisedBy, raisedByName, warning.description, now);
    return warning;
  }

  static RiskWarning bySupervisor(String number, String department, String subject, String description,
      String supervisor, String supervisorName, Instant now) {
    RiskWarning warning = new RiskWarning(number, WarningKind.SUPERVISION, department, WarningLevel.ALARM, subject,
        supervisor, now);
    warning.description = description;
    warning.status = WarningStatus.AWAITING_INSTRUCTION;
    warning.trail.event("督导预警", "报管理层", supervisor, supervisorName, description, now);
    return warning;
  }

  /**
   * A further value past the threshold while open: kept with the warning, whose level rises with it (never falls).
   * @return whether this value made a 预警 a 报警
   */
  boolean read(String period, BigDecimal value, WarningLevel valueLevel, Instant now) {
    readings.add(new WarningReading(period, value, valueLevel, now));
    boolean escalated = level == WarningLevel.WARNING && valueLevel == WarningLevel.ALARM;
    if (escalated) {
      level = WarningLevel.ALARM;
      trail.event("发出预警", "升级为报警", null, "系统", period + " 为 " + value.stripTrailingZeros().toPlainString(), now);
    }
    return escalated;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void instruct(boolean respond, String instruction, String manager, String managerName, Instant now) {
    this.instruction = instruction;
    trail.event("管理层批示", respond ? "交部门应对" : "知悉", manager, managerName, instruction, now);
    this.status = respond ? WarningStatus.OPEN : WarningStatus.NOTED;
  }

  void respond(String cause, String measures, String actor, String actorName, Instant now) {
    trail.submitted(RESPONSE_STEP, status == WarningStatus.RETURNED, actor, actorName, now);
    this.cause = cause;
    this.measures = measures;
    this.status = WarningStatus.RESPONDED;
  }

  void decide(String step, ReviewSubmission submission, String actor, String actorName, Instant now) {
    trail.decided(step, submission, actor, actorName, now);
    if (submission.decision() == ReviewDecision.RETURN) {
      this.status = WarningStatus.RETURNED;
    }
  }

  /** Checked by 运营部, or taken note of by 管理层: its indicator may raise a new warning from now on. */
  void close(Instant now) {
    if (status != WarningStatus.NOTED) {
      this.status = WarningStatus.CLOSED;
    }
    this.openIndicator = null;
    this.closedAt = now;
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public WarningKind kind() {
    return kind;
  }

  public String department() {
    return department;
  }

  public String indicatorCode() {
    return indicatorCode;
  }

  public WarningLevel level() {
    return level;
  }

  public WarningStatus status() {
    return status;
  }

  @Override
  public String statusLabel() {
    return status.label();
  }

  public String subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public String cause() {
    return cause;
  }

  public String measures() {
    return measures;
  }

  public String instruction() {
    return instruction;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public List<WarningReading> readings() {
    return List.copyOf(readings);
  }

  @Override
  public List<TrailEntry> trail() {
    return trail.entries();
  }
}

package com.opsflow.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ReviewSubmission;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.organisation.Organisation;

/** Supervision programmes (督导工作计划, SV-2.1.1): drafted, decided, and each planned audit told, dated and started. */
@Service
public class Programmes {

  private final SupervisionProgrammes programmes;
  private final Organisation org;

  Programmes(SupervisionProgrammes programmes, Organisation org) {
    this.programmes = programmes;
    this.org = org;
  }

  @Transactional
  public SupervisionProgramme submit(Long programmeId, String drafter, ProgrammeDraft draft, String processInstanceId,
      Instant now) {
    SupervisionProgramme programme = programmeId == null
        ? new SupervisionProgramme(numberFor(draft), drafter, processInstanceId, now)
        : ofInstance(programmeId, processInstanceId);
    programme.draft(draft, org.displayName(drafter), now);
    return programmes.save(programme);
  }

  @Transactional
  public SupervisionProgramme decide(long programmeId, String step, String reviewer, ReviewSubmission submission,
      Instant now) {
    SupervisionProgramme programme = programme(programmeId);
    programme.decide(step, submission, reviewer, org.displayName(reviewer), now);
    return programmes.save(programme);
  }

  @Transactional
  public SupervisionProgramme told(long programmeId, int no, Instant now) {
    SupervisionProgramme programme = programme(programmeId);
    PlannedAudit audit = programme.audit(no);
    programme.event("通知被督导部门", "已通知", null, null,
        org.departmentName(audit.department()) + "：" + audit.plannedDate() + " 现场督导", now);
    return programmes.save(programme);
  }

  @Transactional
  public SupervisionProgramme confirmed(long programmeId, int no, String head, Instant now) {
    SupervisionProgramme programme = programme(programmeId);
    programme.audit(no).confirmed();
    programme.event("确认督导日期", "确认", head, org.displayName(head), null, now);
    return programmes.save(programme);
  }

  @Transactional
  public SupervisionProgramme proposed(long programmeId, int no, String head, LocalDate date, String reason, Instant now) {
    SupervisionProgramme programme = programme(programmeId);
    programme.audit(no).proposed(date, reason);
    programme.event("确认督导日期", "提议改期至 " + date, head, org.displayName(head), reason, now);
    return programmes.save(programme);
  }

  @Transactional
  public SupervisionProgramme proposalDecided(long programmeId, int no, String supervisor, boolean accepted,
      String comment, Instant now) {
    SupervisionProgramme programme = programme(programmeId);
    PlannedAudit audit = programme.audit(no);
    audit.proposalDecided(accepted, comment);
    programme.event("确认改期", accepted ? "同意改期至 " + audit.onSiteDate() : "维持 " + audit.onSiteDate(), supervisor,
        org.displayName(supervisor), comment, now);
    return programmes.save(programme);
  }

  /** The audit the programme's item {@code no} started (called when the audit is registered). */
  @Transactional
  public void auditStarted(String programmeNumber, int no, String auditNumber) {
    SupervisionProgramme programme = programmes.findByNumber(programmeNumber)
        .orElseThrow(() -> new IllegalStateException("programme " + programmeNumber + " vanished"));
    programme.audit(no).started(auditNumber);
    programmes.save(programme);
  }

  /** The programme, refused when a submission pointed this process instance at another one. */
  SupervisionProgramme ofInstance(long programmeId, String processInstanceId) {
    SupervisionProgramme programme = programme(programmeId);
    if (!processInstanceId.equals(programme.processInstanceId())) {
      throw new SubmissionRefused("这项任务不属于督导工作计划 " + programme.number() + "。");
    }
    return programme;
  }

  SupervisionProgramme programme(long programmeId) {
    return programmes.findById(programmeId)
        .orElseThrow(() -> new IllegalStateException("programme " + programmeId + " vanished"));
  }

  /** e.g. SP-2027-Q1, SP-2027, SP-2027-M03; a period whose earlier programme was rejected gets SP-2027-Q1-2. */
  private String numberFor(ProgrammeDraft draft) {
    String base = "SP-" + draft.period().year() + switch (draft.period().type()) {
      case ANNUAL -> "";
      case QUARTERLY -> "-Q" + draft.period().number();
      case MONTHLY -> String.format("-M%02d", draft.period().number());
    };
    long taken = programmes.countByNumberStartingWith(base);
    return taken == 0 ? base : base + "-" + (taken + 1);
  }
}

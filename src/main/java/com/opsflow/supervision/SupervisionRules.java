package com.opsflow.supervision;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** The periods and limits of rectification tracking (SV-3.4) that process owners set in configuration. */
@Component
@ConfigurationProperties("opsflow.supervision")
public class SupervisionRules {

  /** How long a department has to submit its rectification plan. */
  private Duration planSubmissionPeriod = Duration.ofDays(7);
  /** How long before the rectification deadline the department is reminded. */
  private Duration reminderBeforeDeadline = Duration.ofDays(3);
  /** Failed acceptances a finding may have before it escalates to 管理层. */
  private int maxFailedRounds = 2;
  /** How long before a planned audit (SV-2.1.1) the audited department is told and asked to confirm the date. */
  private Duration noticeLeadTime = Duration.ofDays(7);
  /** On-site audits start at this hour of the scheduled day. */
  private int onSiteHour = 9;
  /** When the department reports its rectification's progress (SV-3.4.2), as a Camunda cron: Mondays at 09:00. */
  private String progressReportCycle = "0 0 9 ? * MON";

  public Duration getNoticeLeadTime() {
    return noticeLeadTime;
  }

  public void setNoticeLeadTime(Duration noticeLeadTime) {
    this.noticeLeadTime = noticeLeadTime;
  }

  public String getProgressReportCycle() {
    return progressReportCycle;
  }

  public void setProgressReportCycle(String progressReportCycle) {
    this.progressReportCycle = progressReportCycle;
  }

  public Duration getPlanSubmissionPeriod() {
    return planSubmissionPeriod;
  }

  public void setPlanSubmissionPeriod(Duration planSubmissionPeriod) {
    this.planSubmissionPeriod = planSubmissionPeriod;
  }

  public Duration getReminderBeforeDeadline() {
    return reminderBeforeDeadline;
  }

  public void setReminderBeforeDeadline(Duration reminderBeforeDeadline) {
    this.reminderBeforeDeadline = reminderBeforeDeadline;
  }

  public int getMaxFailedRounds() {
    return maxFailedRounds;
  }

  public void setMaxFailedRounds(int maxFailedRounds) {
    this.maxFailedRounds = maxFailedRounds;
  }

  public int getOnSiteHour() {
    return onSiteHour;
  }

  public void setOnSiteHour(int onSiteHour) {
    this.onSiteHour = onSiteHour;
  }
}

package com.opsflow.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** The meeting rules process owners set in configuration ({@code opsflow.meeting}). */
@Component("meetingRules")
@ConfigurationProperties("opsflow.meeting")
public class MeetingRules {

  /** When 管理层's task to prepare the weekly company meeting opens (OM-8.2), as a Camunda cron: Mondays at 09:00. */
  private String weeklyCycle = "0 0 9 ? * MON";
  /** A resolution is due at this hour of its 完成时间 (company time). */
  private int resolutionDueHour = 18;
  /** The longest meeting one may call, in minutes. */
  private int maxDurationMinutes = 480;

  public String getWeeklyCycle() {
    return weeklyCycle;
  }

  public void setWeeklyCycle(String weeklyCycle) {
    this.weeklyCycle = weeklyCycle;
  }

  public int getResolutionDueHour() {
    return resolutionDueHour;
  }

  public void setResolutionDueHour(int resolutionDueHour) {
    this.resolutionDueHour = resolutionDueHour;
  }

  public int getMaxDurationMinutes() {
    return maxDurationMinutes;
  }

  public void setMaxDurationMinutes(int maxDurationMinutes) {
    this.maxDurationMinutes = maxDurationMinutes;
  }
}

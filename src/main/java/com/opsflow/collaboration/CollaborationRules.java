package com.opsflow.collaboration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** How often participating departments report progress to the lead (OC-4.2.2), set in configuration. */
@Component
@ConfigurationProperties("opsflow.collaboration")
public class CollaborationRules {

  private Duration progressInterval = Duration.ofDays(7);

  public Duration getProgressInterval() {
    return progressInterval;
  }

  public void setProgressInterval(Duration progressInterval) {
    this.progressInterval = progressInterval;
  }
}

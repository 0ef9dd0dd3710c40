package com.opsflow.collaboration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How often participating departments report progress to the lead (OC-4.2.2), how long after a project closes its
 * 后评价 is due (CC-3.4), and from which budget 管理层 reviews the 立项 is in project-approval-route.dmn.
 */
@Component
@ConfigurationProperties("opsflow.collaboration")
public class CollaborationRules {

  private Duration progressInterval = Duration.ofDays(7);
  private Duration postEvaluationAfter = Duration.ofDays(90);

  public Duration getPostEvaluationAfter() {
    return postEvaluationAfter;
  }

  public void setPostEvaluationAfter(Duration postEvaluationAfter) {
    this.postEvaluationAfter = postEvaluationAfter;
  }

  public Duration getProgressInterval() {
    return progressInterval;
  }

  public void setProgressInterval(Duration progressInterval) {
    this.progressInterval = progressInterval;
  }
}

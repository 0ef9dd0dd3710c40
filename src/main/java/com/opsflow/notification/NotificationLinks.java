package com.opsflow.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where a link in an e-mail leads: the task in Tasklist, or the application's read-only page. */
@Component
public class NotificationLinks {

  private final String baseUrl;

  NotificationLinks(@Value("${opsflow.base-url:http://localhost:8080}") String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public String task(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  public String application(String processInstanceId) {
    return baseUrl + "/api/applications/" + processInstanceId;
  }

  /** Any page of the application by its path, e.g. {@code /api/meetings/HY-2027-0001}. */
  public String page(String path) {
    return baseUrl + path;
  }

  public String carbonCopies() {
    return baseUrl + "/api/cc";
  }
}

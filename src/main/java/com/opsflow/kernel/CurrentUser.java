package com.opsflow.kernel;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;


/** Who is acting: the user the REST API or the webapp authenticated for this request. */
public final class CurrentUser {

  private CurrentUser() {
  }

  /** The caller of one of our endpoints, who must be logged in. */
  public static String required(IdentityService identityService) {
    String user = of(identityService);
    if (user == null) {
      throw Refusal.forbidden("请先登录。");
    }
    return user;
  }

  public static String of(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}

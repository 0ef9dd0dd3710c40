package com.opsflow.kernel;

import java.util.List;

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

  /** The caller's groups (departments, head groups, roles); none when nobody is logged in. */
  public static List<String> groups(IdentityService identityService) {
    return groupsOf(identityService.getCurrentAuthentication());
  }

  public static List<String> groupsOf(Authentication caller) {
    return caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
  }

  public static String of(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}

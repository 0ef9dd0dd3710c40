package com.opsflow.kernel;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;


/** Who is acting: the user the REST API or the webapp authenticated for this request. */
public final class CurrentUser {

  private CurrentUser() {
  }

  public static String of(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}

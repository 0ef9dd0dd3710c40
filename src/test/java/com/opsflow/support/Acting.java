package com.opsflow.support;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Runs engine calls as a given user, with their groups, the way Tasklist and the REST API do. */
public final class Acting {

  private final IdentityService identityService;

  public Acting(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T as(String userId, Supplier<T> action) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public void as(String userId, Runnable action) {
    as(userId, () -> {
      action.run();
      return null;
    });
  }
}

package com.opsflow.tasklist;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;


/**
 * Camunda's authorization manager, but it finds which of the caller's groups hold any authorization by
 * looking those groups up ({@code tasklist-queries.xml}) instead of reading every group id of the
 * authorization table, which grows with the open tasks.
 */
class CallerGroupsAuthorizationManager extends AuthorizationManager {

  static final String GROUPS_WITH_AUTHORIZATIONS = "opsflow.tasklist.selectGroupsWithAuthorizations";

  /** Per command, as Camunda keeps the table's group ids per command. */
  private final Map<List<String>, List<String>> withAuthorizations = new HashMap<>();

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    return withAuthorizations.computeIfAbsent(List.copyOf(new LinkedHashSet<>(authenticatedGroupIds)),
        groups -> getDbEntityManager().selectList(GROUPS_WITH_AUTHORIZATIONS, groups));
  }
}

package com.opsflow.benchmark;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * Camunda 7 as it comes, for the "bare" side of the ratios: a standalone engine on its own database of the
 * same kind, history full and authorizations on like ours, but none of our plugins, listeners, delegates,
 * records or mails. The people of the lifecycle exist with the groups they have in the demo, so the
 * engine does the same authorization work for them.
 */
final class BareEngine {

  private BareEngine() {
  }

  static ProcessEngine start(String database, String url, Map<String, List<String>> groupsOfUsers) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-" + database + "-" + System.nanoTime());
    configuration.setJdbcUrl(url);
    if ("postgres".equals(database)) {
      configuration.setJdbcDriver("org.postgresql.Driver");
      configuration.setJdbcUsername("postgres");
      configuration.setJdbcPassword("");
      configuration.setDatabaseType("postgres");
    } else {
      configuration.setJdbcDriver("org.h2.Driver");
      configuration.setJdbcUsername("sa");
      configuration.setJdbcPassword("");
    }
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setAuthorizationEnabled(true);
    configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    configuration.setJobExecutorActivate(false);
    configuration.setJdbcMaxActiveConnections(10);
    // Camunda's own JSON variables, as our engine has them (the plan items are JSON)
    configuration.setProcessEnginePlugins(List.of(new org.camunda.spin.plugin.impl.SpinProcessEnginePlugin()));
    ProcessEngine engine = configuration.buildProcessEngine();
    var identity = engine.getIdentityService();
    groupsOfUsers.values().stream().flatMap(List::stream).distinct().forEach(groupId -> {
      var group = identity.newGroup(groupId);
      group.setType("department");
      identity.saveGroup(group);
      grant(engine, groupId, Resources.PROCESS_DEFINITION, Permissions.READ,
          org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(engine, groupId, Resources.PROCESS_INSTANCE, Permissions.CREATE);
    });
    groupsOfUsers.forEach((userId, groups) -> {
      identity.saveUser(identity.newUser(userId));
      groups.forEach(group -> identity.createMembership(userId, group));
    });
    return engine;
  }

  private static void grant(ProcessEngine engine, String groupId, Resources resource, Permission... permissions) {
    var authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(Authorization.ANY);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}

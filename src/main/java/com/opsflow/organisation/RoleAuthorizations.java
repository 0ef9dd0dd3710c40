package com.opsflow.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Grants each group what its role needs and nothing more: every group uses Tasklist; a group starts
 * only the processes configured for it ({@code opsflow.security.start-permissions}); 公司管理层 reads
 * Cockpit without changing anything. Tasks need no grant here: the engine authorizes the assignee and
 * candidate groups of each task itself. Only 流程管理员 deploy. Runs at every start-up and only adds what is missing, so it
 * also covers groups an administrator added in Camunda Admin.
 */
@Component
@Order(5)
@ConfigurationProperties("opsflow.security")
class RoleAuthorizations implements ApplicationRunner {

  private static final String TYPE_PREFIX = "type:";

  private final AuthorizationService authorizationService;
  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  /** process definition key → group ids, or {@code type:<group type>} for every group of that type. */
  private Map<String, List<String>> startPermissions = new LinkedHashMap<>();
  /** Processes whose instances hold personal data (customers): 流程管理员 see their diagrams, not their instances. */
  private List<String> personalDataProcesses = new ArrayList<>();

  RoleAuthorizations(AuthorizationService authorizationService, IdentityService identityService,
      RepositoryService repositoryService) {
    this.authorizationService = authorizationService;
    this.identityService = identityService;
    this.repositoryService = repositoryService;
  }

  public List<String> getPersonalDataProcesses() {
    return personalDataProcesses;
  }

  public void setPersonalDataProcesses(List<String> personalDataProcesses) {
    this.personalDataProcesses = personalDataProcesses;
  }

  public Map<String, List<String>> getStartPermissions() {
    return startPermissions;
  }

  public void setStartPermissions(Map<String, List<String>> startPermissions) {
    this.startPermissions = startPermissions;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Group> groups = identityService.createGroupQuery().list();
    for (Group group : groups) {
      if (!Groups.SYSTEM.equals(group.getType())) {
        grant(group.getId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      }
    }
    startPermissions.forEach((processKey, grantees) -> {
      for (Group group : groups) {
        if (grantees.contains(group.getId()) || grantees.contains(TYPE_PREFIX + group.getType())) {
          grant(group.getId(), Resources.PROCESS_DEFINITION, processKey,
              Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
          grant(group.getId(), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        }
      }
    });
    grantManagementReadOnlyCockpit();
    grantProcessOwnersDeployment();
  }

  /** Deploying is theirs alone (nobody else holds CREATE on deployments); Cockpit shows them what runs on which version. */
  private void grantProcessOwnersDeployment() {
    String owners = Groups.PROCESS_OWNERS;
    grant(owners, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE, Permissions.READ);
    grant(owners, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(owners, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    // earlier versions let them read the instances of every process; now per process, none with personal data
    withdraw(owners, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ_INSTANCE);
    repositoryService.createProcessDefinitionQuery().latestVersion().list().stream().map(ProcessDefinition::getKey)
        .distinct().filter(key -> !personalDataProcesses.contains(key))
        .forEach(key -> grant(owners, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ_INSTANCE));
    grant(owners, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
    grant(owners, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
  }

  private void grantManagementReadOnlyCockpit() {
    String management = Groups.MANAGEMENT;
    grant(management, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(management, Resources.PROCESS_DEFINITION, Authorization.ANY,
        Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
    grant(management, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
    grant(management, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(management, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
    grant(management, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
  }

  private void withdraw(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    if (authorization != null && authorization.isPermissionGranted(permission)) {
      authorization.removePermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    Set<Permission> missing = new java.util.HashSet<>(List.of(permissions));
    missing.removeIf(authorization::isPermissionGranted);
    if (missing.isEmpty() && authorization.getId() != null) {
      return;
    }
    missing.forEach(authorization::addPermission);
    authorizationService.saveAuthorization(authorization);
  }
}

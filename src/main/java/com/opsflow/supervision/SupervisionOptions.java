package com.opsflow.supervision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.opsflow.organisation.Groups;
import com.opsflow.organisation.Organisation;

/** The departments that may be audited and the supervisors who may go, from the organisation as it is today. */
@Component
class SupervisionOptions {

  private final Organisation org;
  private final IdentityService identityService;

  SupervisionOptions(Organisation org, IdentityService identityService) {
    this.org = org;
    this.identityService = identityService;
  }

  /** id → name, in the organisation's order. */
  Map<String, String> departments() {
    Map<String, String> departments = new LinkedHashMap<>();
    org.departments().forEach(group -> departments.put(group.getId(), group.getName()));
    return departments;
  }

  /** user id → display name. */
  Map<String, String> supervisors() {
    Map<String, String> supervisors = new LinkedHashMap<>();
    identityService.createUserQuery().memberOfGroup(Groups.SUPERVISORS).orderByUserId().asc().list()
        .forEach(user -> supervisors.put(user.getId(), org.displayName(user.getId())));
    return supervisors;
  }

  Set<String> departmentIds() {
    return org.departments().stream().map(Group::getId).collect(Collectors.toSet());
  }

  Set<String> supervisorIds() {
    return identityService.createUserQuery().memberOfGroup(Groups.SUPERVISORS).list().stream().map(User::getId)
        .collect(Collectors.toSet());
  }
}

package com.opsflow.organisation;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.SubmissionRefused;

/**
 * Answers "who is who" from the organisation at run time, so that no diagram or class names a person.
 * Exposed to BPMN expressions as {@code org}, e.g. {@code ${org.headGroupOf(department)}}.
 */
@Component("org")
public class Organisation {

  private final IdentityService identityService;
  private final Privileged privileged;
  private final Directory directory;
  private final Comparator<Group> departmentOrder;

  public Organisation(IdentityService identityService, Privileged privileged, Directory directory,
      @Value("${opsflow.organisation.department-order:}") List<String> departmentOrder) {
    this.identityService = identityService;
    this.privileged = privileged;
    this.directory = directory;
    // the configured order first, the departments it does not name after them
    this.departmentOrder = Comparator.<Group>comparingInt(group -> {
      int at = departmentOrder.indexOf(group.getId());
      return at < 0 ? Integer.MAX_VALUE : at;
    }).thenComparing(Group::getId);
  }

  /** The department of a user: the one group of type {@value Groups#DEPARTMENT} they belong to. */
  public String departmentOf(String userId) {
    List<Group> departments = identityService.createGroupQuery()
        .groupMember(userId).groupType(Groups.DEPARTMENT).list();
    if (departments.isEmpty()) {
      throw new SubmissionRefused("您不属于任何部门，不能以部门名义提交。请联系系统管理员在组织架构中为您分配部门。");
    }
    if (departments.size() > 1) {
      throw new SubmissionRefused("您同时属于多个部门，系统无法确定以哪个部门提交。请联系系统管理员调整组织架构。");
    }
    return departments.get(0).getId();
  }

  /** The candidate group of "the head of that department"; refuses when nobody holds the role. */
  /**
   * The group of the department's head(s). A department without a head still gets its step: the step goes to the
   * administrators with the reason (see approval's OwnApplications) rather than refusing the applicant.
   */
  public String headGroupOf(String department) {
    return Groups.headGroupOf(department);
  }

  /** The name of a user's department, if they belong to exactly one: what a task card says of an applicant. */
  public Optional<String> departmentNameOf(String userId) {
    List<Group> departments = privileged.call(() -> identityService.createGroupQuery()
        .groupMember(userId).groupType(Groups.DEPARTMENT).list());
    return departments.size() == 1 ? Optional.ofNullable(departments.get(0).getName()) : Optional.empty();
  }

  public String departmentName(String department) {
    return directory.groupName(department).orElse(department);
  }

  /** Every department of the organisation, in the organisation's order ({@code opsflow.organisation.department-order}). */
  public List<Group> departments() {
    return privileged.call(() -> identityService.createGroupQuery().groupType(Groups.DEPARTMENT).list()).stream()
        .sorted(departmentOrder)
        .toList();
  }

  /** The members of a group (a department, a role), by login. */
  public List<String> membersOf(String groupId) {
    return privileged.call(() -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list())
        .stream().map(User::getId).toList();
  }

  /** Everyone in the organisation, by login: whom one may copy in (抄送). */
  public List<User> people() {
    return privileged.call(() -> identityService.createUserQuery().orderByUserId().asc().list());
  }

  /**
   * The department name of each person in exactly one department, in the organisation's order of departments:
   * one query per department, not one per person.
   */
  public Map<String, String> departmentNameByPerson() {
    Map<String, String> byPerson = new LinkedHashMap<>();
    Set<String> inSeveral = new HashSet<>();
    for (Group department : departments()) {
      privileged.call(() -> identityService.createUserQuery().memberOfGroup(department.getId()).orderByUserId().asc().list())
          .forEach(member -> {
            if (byPerson.putIfAbsent(member.getId(), department.getName()) != null) {
              inSeveral.add(member.getId());
            }
          });
    }
    inSeveral.forEach(byPerson::remove);
    return byPerson;
  }

  /** How a person is shown to other people: the Chinese full name (see {@link Directory}). */
  public String displayName(String userId) {
    if (userId == null) {
      return "系统";
    }
    return directory.person(userId).map(Directory.Person::name).orElse(userId);
  }
}

package com.opsflow.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import com.opsflow.approval.SubmissionRefused;

/**
 * Answers "who is who" from the organisation at run time, so that no diagram or class names a person.
 * Exposed to BPMN expressions as {@code org}, e.g. {@code ${org.headGroupOf(department)}}.
 */
@Component("org")
public class Organisation {

  private final IdentityService identityService;
  private final Privileged privileged;

  public Organisation(IdentityService identityService, Privileged privileged) {
    this.identityService = identityService;
    this.privileged = privileged;
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
  public String headGroupOf(String department) {
    String headGroup = Groups.headGroupOf(department);
    long heads = identityService.createUserQuery().memberOfGroup(headGroup).count();
    if (heads == 0) {
      throw new SubmissionRefused("部门“" + departmentName(department) + "”尚未设置部门负责人，无法送审。请联系系统管理员。");
    }
    return headGroup;
  }

  public String departmentName(String department) {
    return Optional.ofNullable(identityService.createGroupQuery().groupId(department).singleResult())
        .map(Group::getName)
        .orElse(department);
  }

  /** Every department of the organisation, in a stable order. */
  public List<Group> departments() {
    return privileged.call(() -> identityService.createGroupQuery().groupType(Groups.DEPARTMENT).list()).stream()
        .sorted(Comparator.comparing(Group::getId))
        .toList();
  }

  /** Everyone in the organisation, by login: whom one may copy in (抄送). */
  public List<User> people() {
    return privileged.call(() -> identityService.createUserQuery().orderByUserId().asc().list());
  }

  /**
   * How a person is shown to other people: the Chinese full name. Camunda's webapps print "first
   * last", so the organisation keeps the family name (姓) in the first-name field.
   */
  public String displayName(String userId) {
    if (userId == null) {
      return "系统";
    }
    // anyone may see a colleague's name, whatever the caller may read of the user directory
    User user = privileged.call(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String name = nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName());
    return name.isBlank() ? userId : name;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

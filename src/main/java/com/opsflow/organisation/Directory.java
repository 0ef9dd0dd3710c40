package com.opsflow.organisation;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import com.opsflow.kernel.Privileged;

/**
 * Names, e-mail addresses and group members as mails and records show them, read from Camunda's identity
 * tables and kept for {@code opsflow.organisation.directory-cache} (default one minute). Every task, decision
 * and mail asked the same few questions again — a dozen identity queries per plan approval — while the
 * organisation changes a few times a year. A change made in Camunda Admin shows in names and mail recipients
 * within that time, on every node. Who may see or work a task is not decided here: that stays with the
 * engine's authorizations, always current.
 */
@Component
public class Directory {

  /** A colleague as others see them. */
  public record Person(String id, String name, String email) {
  }

  private final IdentityService identityService;
  private final Privileged privileged;
  private final Cache<String, Optional<Person>> people;
  private final Cache<String, List<String>> members;
  private final Cache<String, Optional<String>> groupNames;

  Directory(IdentityService identityService, Privileged privileged,
      @Value("${opsflow.organisation.directory-cache:PT1M}") Duration keep) {
    this.identityService = identityService;
    this.privileged = privileged;
    this.people = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(10_000).build();
    this.members = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(1_000).build();
    this.groupNames = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(1_000).build();
  }

  public Optional<Person> person(String userId) {
    return people.get(userId, id -> Optional.ofNullable(
        privileged.call(() -> identityService.createUserQuery().userId(id).singleResult())).map(Directory::person));
  }

  /** The people of those ids who exist, in one query for those not known yet. */
  public List<Person> people(Collection<String> userIds) {
    Map<String, Optional<Person>> found = people.getAll(userIds, missing -> {
      Map<String, Optional<Person>> loaded = new java.util.HashMap<>();
      missing.forEach(id -> loaded.put(id, Optional.empty()));
      privileged.call(() -> identityService.createUserQuery().userIdIn(missing.toArray(String[]::new)).list())
          .forEach(user -> loaded.put(user.getId(), Optional.of(person(user))));
      return loaded;
    });
    return userIds.stream().distinct().map(found::get).flatMap(Optional::stream).toList();
  }

  /** The user ids of a group's members. */
  public List<String> members(String groupId) {
    return members.get(groupId, id -> privileged.call(() -> identityService.createUserQuery().memberOfGroup(id).list())
        .stream().map(User::getId).toList());
  }

  public Optional<String> groupName(String groupId) {
    return groupNames.get(groupId, id -> Optional.ofNullable(
        privileged.call(() -> identityService.createGroupQuery().groupId(id).singleResult())).map(Group::getName));
  }

  /**
   * Camunda's webapps print "first last", so the organisation keeps the family name (姓) in the first-name
   * field: the Chinese full name is the two joined.
   */
  private static Person person(User user) {
    String name = (nullToEmpty(user.getFirstName()) + nullToEmpty(user.getLastName())).strip();
    return new Person(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail());
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

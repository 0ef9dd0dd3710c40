package com.opsflow.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The organisation of the load test ({@code mvn -Pload verify}): {@code opsflow.load.departments} departments
 * (ld01 负载测试一部 …), each with a head (ld01h) and {@code opsflow.load.staff} employees (ld01s1 …), so that the
 * simulated employees work as a company's do — each reviewer on their own department's work, nobody racing a colleague
 * for the same task. Created before the role authorizations (which grant every department its start permissions).
 */
@Component
@Profile("load")
@Order(2)
class LoadOrganisation implements ApplicationRunner {

  private final IdentityService identityService;
  private final String password;
  private final int departments;
  private final int staff;

  LoadOrganisation(IdentityService identityService, @Value("${opsflow.demo.password}") String password,
      @Value("${opsflow.load.departments:40}") int departments, @Value("${opsflow.load.staff:4}") int staff) {
    this.identityService = identityService;
    this.password = password;
    this.departments = departments;
    this.staff = staff;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (int d = 1; d <= departments; d++) {
      String department = String.format("ld%02d", d);
      group(department, "负载测试" + d + "部", Groups.DEPARTMENT);
      group(Groups.headGroupOf(department), "负载测试" + d + "部负责人", Groups.DEPARTMENT_HEAD);
      member(department + "h", "负责人", department, department, Groups.headGroupOf(department));
      for (int s = 1; s <= staff; s++) {
        member(department + "s" + s, "员工" + s, department, department);
      }
    }
  }

  private void group(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void member(String login, String givenName, String department, String... groups) {
    if (identityService.createUserQuery().userId(login).count() == 0) {
      User user = identityService.newUser(login);
      user.setFirstName(department);
      user.setLastName(givenName);
      user.setEmail(login + "@opsflow.example.com");
      user.setPassword(password);
      identityService.saveUser(user);
      for (String group : groups) {
        identityService.createMembership(login, group);
      }
    }
  }
}

package com.opsflow.organisation;

import java.util.List;

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
 * The demo company (profile {@code demo} only, never in production): every department with a head and
 * staff, and the company-wide roles. Creates only what is missing, so a restart duplicates nothing and
 * changes made in Camunda Admin survive. Logins are listed in the README.
 */
@Component
@Profile("demo")
@Order(1)
class DemoOrganisation implements ApplicationRunner {

  record Department(String id, String name, Person head, List<Person> staff) {
  }

  record Person(String login, String familyName, String givenName) {
  }

  static final List<Department> DEPARTMENTS = List.of(
      new Department("ops", "运营部", new Person("zhoumin", "周", "敏"), List.of(new Person("wulei", "吴", "磊"))),
      new Department("mkt", "市场部", new Person("lina", "李", "娜"),
          List.of(new Person("wangfang", "王", "芳"), new Person("zhangwei", "张", "伟"))),
      new Department("sales", "销售部", new Person("zhaoqiang", "赵", "强"), List.of(new Person("sunli", "孙", "丽"))),
      new Department("rnd", "研发部", new Person("qianjun", "钱", "军"), List.of(new Person("hejing", "何", "静"))),
      new Department("cs", "客服部", new Person("zhenghong", "郑", "红"), List.of(new Person("fengtao", "冯", "涛"))),
      new Department("fin", "财务部", new Person("chenjie", "陈", "洁"), List.of(new Person("chuyang", "褚", "阳"))),
      new Department("hr", "人力资源部", new Person("weihua", "卫", "华"), List.of(new Person("jiangyan", "蒋", "燕"))),
      new Department("data", "数据分析部", new Person("shenhao", "沈", "浩"), List.of(new Person("hanxue", "韩", "雪"))));

  static final List<Person> MANAGEMENT = List.of(new Person("yangjianguo", "杨", "建国"), new Person("xulan", "许", "兰"));
  static final List<Person> SUPERVISORS = List.of(new Person("kongming", "孔", "明"), new Person("caoyun", "曹", "云"));
  static final List<Person> PROCESS_OWNERS = List.of(new Person("liuyang", "刘", "洋"));
  /** The call centre's system, filing customer cases through the API. */
  static final List<Person> CASE_INTAKE = List.of(new Person("callcenter", "呼叫中心", "系统"));
  /** The company's business systems, posting indicator values through the API (OM-5.3). */
  static final List<Person> INDICATOR_INTAKE = List.of(new Person("bizdata", "经营数据", "系统"));
  static final List<Person> COLLABORATION_GROUP = List.of(new Person("lvbo", "吕", "波"), new Person("zhoumin", "周", "敏"));

  private final IdentityService identityService;
  private final String password;

  DemoOrganisation(IdentityService identityService, @Value("${opsflow.demo.password}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Department department : DEPARTMENTS) {
      group(department.id(), department.name(), Groups.DEPARTMENT);
      group(Groups.headGroupOf(department.id()), department.name() + "负责人", Groups.DEPARTMENT_HEAD);
      member(department.head(), department.id());
      member(department.head(), Groups.headGroupOf(department.id()));
      department.staff().forEach(person -> member(person, department.id()));
    }
    group(Groups.MANAGEMENT, "公司管理层", Groups.ROLE);
    MANAGEMENT.forEach(person -> member(person, Groups.MANAGEMENT));
    group(Groups.COLLABORATION_GROUP, "跨部门协作管理小组", Groups.ROLE);
    COLLABORATION_GROUP.forEach(person -> member(person, Groups.COLLABORATION_GROUP));
    group(Groups.SUPERVISORS, "运营督导", Groups.ROLE);
    SUPERVISORS.forEach(person -> member(person, Groups.SUPERVISORS));
    group(Groups.PROCESS_OWNERS, "流程管理员", Groups.ROLE);
    PROCESS_OWNERS.forEach(person -> member(person, Groups.PROCESS_OWNERS));
    group(Groups.CASE_INTAKE, "客户反馈登记接口", Groups.SYSTEM);
    CASE_INTAKE.forEach(person -> member(person, Groups.CASE_INTAKE));
    group(Groups.INDICATOR_INTAKE, "风险指标数据接口", Groups.SYSTEM);
    INDICATOR_INTAKE.forEach(person -> member(person, Groups.INDICATOR_INTAKE));
  }

  private void group(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void member(Person person, String groupId) {
    if (identityService.createUserQuery().userId(person.login()).count() == 0) {
      User user = identityService.newUser(person.login());
      // Camunda's webapps show "first last": the family name goes first, as Chinese names are read
      user.setFirstName(person.familyName());
      user.setLastName(person.givenName());
      user.setEmail(person.login() + "@opsflow.example.com");
      user.setPassword(password);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(person.login()).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(person.login(), groupId);
    }
  }
}

package com.opsflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.support.OpsflowTest;

/** The demo company the quick start creates, and the run-time answers to "who is who". */
@OpsflowTest
class DemoOrganisationTest {

  @Autowired
  IdentityService identityService;
  @Autowired
  DemoOrganisation demoOrganisation;
  @Autowired
  RoleAuthorizations roleAuthorizations;
  @Autowired
  Organisation organisation;
  @Autowired
  AuthorizationService authorizationService;

  @Test
  void everyRoleOfTheRegulationsExistsAsAGroup() {
    assertThat(identityService.createGroupQuery().groupType(Groups.DEPARTMENT).list()).extracting(Group::getName)
        .containsExactlyInAnyOrder("运营部", "市场部", "销售部", "研发部", "客服部", "财务部", "人力资源部", "数据分析部");
    assertThat(identityService.createGroupQuery().groupType(Groups.ROLE).list()).extracting(Group::getName)
        .containsExactlyInAnyOrder("公司管理层", "跨部门协作管理小组", "运营督导", "流程管理员");
    for (Group department : identityService.createGroupQuery().groupType(Groups.DEPARTMENT).list()) {
      assertThat(identityService.createUserQuery().memberOfGroup(Groups.headGroupOf(department.getId())).count())
          .as("head of " + department.getName()).isEqualTo(1);
      assertThat(identityService.createUserQuery().memberOfGroup(department.getId()).count())
          .as("staff of " + department.getName()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void aRestartDuplicatesNothing() throws Exception {
    long users = identityService.createUserQuery().count();
    long groups = identityService.createGroupQuery().count();
    long memberships = identityService.createUserQuery().memberOfGroup("mkt").count();
    long authorizations = countAuthorizations();

    demoOrganisation.run(null);
    roleAuthorizations.run(null);

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identityService.createUserQuery().memberOfGroup("mkt").count()).isEqualTo(memberships);
    assertThat(countAuthorizations()).isEqualTo(authorizations);
  }

  @Test
  void whoIsWhoIsResolvedFromTheOrganisationAtRunTime() {
    assertThat(organisation.departmentOf("wangfang")).isEqualTo("mkt");
    assertThat(organisation.departmentOf("lina")).isEqualTo("mkt");
    assertThat(organisation.headGroupOf("mkt")).isEqualTo("mktHead");
    assertThat(organisation.displayName("lina")).isEqualTo("李娜");
    assertThat(organisation.departmentName("cs")).isEqualTo("客服部");
  }

  @Test
  void someoneOutsideEveryDepartmentCannotSubmitForOne() {
    assertThatThrownBy(() -> organisation.departmentOf("yangjianguo"))
        .hasMessage("您不属于任何部门，不能以部门名义提交。请联系系统管理员在组织架构中为您分配部门。");
  }

  /** Its review still has a place to go: the step goes to the administrators (OwnApplicationsTest), not refused. */
  @Test
  void aDepartmentWithoutAHeadStillNamesItsHeadGroup() {
    Group group = identityService.newGroup("legal");
    group.setName("法务部");
    group.setType(Groups.DEPARTMENT);
    identityService.saveGroup(group);
    try {
      assertThat(organisation.headGroupOf("legal")).isEqualTo("legalHead");
    } finally {
      identityService.deleteGroup("legal");
    }
  }

  private long countAuthorizations() {
    return authorizationService.createAuthorizationQuery().count();
  }
}

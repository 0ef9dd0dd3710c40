package com.opsflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.collaboration.CollaborationProjects;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.Tasklist;
import com.opsflow.support.TasklistUser;

/**
 * A cross-department project clicked through in Tasklist, from 王芳's application to 吕波's incentives:
 * 李娜 approves, 吕波 appoints 张伟 as lead, the plan is countersigned by three heads, the results are
 * accepted by all three, summarised and closed. Screenshots target/screenshots/journey-project-*.
 */
@BrowserTest
class CollaborationProjectJourneyTest extends EngineTest {

  static final List<String> HEADS = List.of("lina", "zhaoqiang", "qianjun");

  @LocalServerPort
  int port;
  @Autowired
  CollaborationProjects projects;

  Tasklist tasklist;

  @BeforeEach
  void openTasklist() {
    tasklist = new Tasklist(port);
  }

  @AfterEach
  void logOut() {
    tasklist.close();
  }

  @Test
  void aProjectRunsFromApplicationToIncentivesInTasklist() {
    TasklistUser applicant = tasklist.as("wangfang");
    applicant.startProcess("跨部门协作项目");
    applicant.submit("发起");
    applicant.openTask("我的待办", "填写协作项目申请表");
    applicant.type("项目名称", "新品上市联合推广");
    applicant.type("项目目标", "三个月内新品覆盖华东 80% 渠道");
    applicant.type("项目任务", "市场策划、渠道铺货、产品培训");
    applicant.date("开始日期", "2026-12-01");
    applicant.date("完成日期", "2027-03-31");
    applicant.type("项目范围", "华东三省线下渠道，不含线上");
    applicant.type("可行性研究", "渠道已有合作基础，培训资源充足；主要风险是铺货周期");
    applicant.type("项目预算", "30");
    applicant.tick("其他参与部门", "销售部");
    applicant.tick("其他参与部门", "研发部");
    applicant.type("参与人员", "王芳（市场部，策划）、孙丽（销售部，铺货）、何静（研发部，培训）");
    applicant.screenshot("journey-project-1-application");
    applicant.submit("完成");
    applicant.waitUntil(() -> open("部门负责人审核"));
    work("lina", "部门待办", "部门负责人审核", true, user -> user.pick("审批结论", "同意"));
    work("lvbo", "部门待办", "协作小组审批", true, user -> {
      user.type("评估意见", "必要、可行，资源已落实");
      user.choose("任命项目负责人", "张伟");
      user.pick("审批结论", "同意");
    });
    work("zhangwei", "我的待办", "项目启动会议", false, user -> {
      user.type("各部门职责分工", "市场部策划，销售部铺货，研发部培训");
      user.type("工作方式", "每周一例会");
    });
    work("zhangwei", "我的待办", "编制项目计划", false, user -> {
      user.type("阶段名称", "推广");
      user.date("时间节点", "2027-03-01");
      user.type("任务", "方案、铺货与培训");
      user.type("责任人", "王芳");
      user.type("交付成果", "推广总结报告");
      user.type("资源安排", "三部门各出两人，推广经费 30 万元");
      user.type("质量计划", "每阶段交付物由项目负责人检查");
    });
    for (String head : HEADS) {
      work(head, "部门待办", "参与部门审核项目计划", true, user -> user.pick("审核结论", "同意"));
    }
    work("zhangwei", "我的待办", "项目执行与监控", false, user -> user.type("项目成果", "华东渠道覆盖 85%，培训 12 场"));
    for (String head : HEADS) {
      work(head, "部门待办", "参与部门验收", true, user -> user.pick("验收结论", "通过"));
    }
    work("zhangwei", "我的待办", "验收报告与项目总结", false, user -> {
      user.type("验收报告", "验收通过：华东渠道覆盖 85%，培训 12 场，成本在预算内");
      user.type("经验教训", "提前锁定渠道资源");
    });
    work("lvbo", "部门待办", "表彰与处罚", true, user -> { }); // nobody commended or penalised: the list stays empty
    // CC-3.4: 90 days on, 运营部 evaluates the project
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .activityId("Timer_PostEvaluation").singleResult().getId());
    work("wulei", "部门待办", "项目后评价", true, user -> {
      user.type("目标达成情况", "渠道覆盖 85%，达到目标");
      user.type("效益评价", "新品首季销售额 1200 万元");
    });

    assertThat(projects.findAll()).singleElement().satisfies(project -> {
      assertThat(project.statusLabel()).isEqualTo("已后评价");
      assertThat(project.number()).startsWith("PRJ-");
    });
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("collaboration-project").count())
        .isZero();
  }

  private void work(String who, String filter, String step, boolean claim, Consumer<TasklistUser> fill) {
    long before = openCount(step);
    TasklistUser user = tasklist.as(who);
    user.openTask(filter, step);
    if (claim) {
      user.claim();
    }
    fill.accept(user);
    user.screenshot("journey-project-" + step + "-" + who);
    user.submit("完成");
    user.waitUntil(() -> openCount(step) < before);
  }

  private boolean open(String step) {
    return openCount(step) > 0;
  }

  private long openCount(String step) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey("collaboration-project").taskName(step).count();
  }

}

package com.opsflow.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.opsflow.customer.CaseStatus;
import com.opsflow.customer.CustomerCase;
import com.opsflow.customer.CustomerCases;
import com.opsflow.customer.Satisfaction;
import com.opsflow.support.BrowserTest;
import com.opsflow.support.EngineTest;
import com.opsflow.support.TasklistUser;

/**
 * A complaint clicked through in Tasklist, as the README's walk-through: 冯涛 (客服部) records it and investigates,
 * 客服部's head 郑红 gives it to 研发部, 何静 handles it from 部门待办, 冯涛 replies, records the customer as satisfied
 * and analyses the case. Screenshots target/screenshots/journey-complaint-*.
 */
@BrowserTest
class CustomerComplaintJourneyTest extends EngineTest {

  @LocalServerPort
  int port;
  @Autowired
  CustomerCases cases;

  @Test
  void aComplaintTravelsToTheResponsibleDepartmentAndBackToASatisfiedCustomer() {
    try (TasklistUser service = new TasklistUser(port, "fengtao")) {
      service.startProcess("客户反馈与投诉");
      service.type("客户姓名", "陈先生");
      service.type("客户单位（可选）", "华东贸易有限公司");
      service.type("联系电话或邮箱", "13800138000");
      service.pick("反馈渠道", "来电");
      service.pick("反馈类别", "投诉");
      service.pick("严重程度", "严重");
      service.type("反馈内容", "上月交付的系统报表导出总是失败，影响月底结账。");
      service.screenshot("journey-complaint-1-intake");
      service.submit("发起");
      service.waitUntil(() -> cases.findByNumber("KF-2026-0001").isPresent());

      service.openTask("我的待办", "安抚与调查核实");
      service.type("安抚情况与投诉详情", "客户情绪激动，已致歉并承诺尽快解决。");
      service.type("调查核实情况", "复现确认：超过一万行时导出失败。");
      service.screenshot("journey-complaint-2-investigation");
      service.submit("完成");
      service.waitUntil(() -> engine.getTaskService().createTaskQuery().taskName("确定责任部门与处理方案").count() == 1);
    }

    try (TasklistUser head = new TasklistUser(port, "zhenghong")) {
      head.openTask("部门待办", "确定责任部门与处理方案");
      head.claim();
      head.choose("责任部门", "研发部");
      head.type("处理方案", "研发部修复导出缺陷，客服部为客户补发报表。");
      head.screenshot("journey-complaint-3-decision");
      head.submit("完成");
      head.waitUntil(() -> engine.getTaskService().createTaskQuery().taskName("责任部门处理").count() == 1);
    }

    try (TasklistUser department = new TasklistUser(port, "hejing")) {
      department.openTask("部门待办", "责任部门处理");
      department.claim();
      department.type("处理结果", "缺陷已修复，报表已补发。");
      department.screenshot("journey-complaint-4-handling");
      department.submit("完成");
      department.waitUntil(() -> engine.getTaskService().createTaskQuery().taskName("跟踪并答复客户").count() == 1);
    }

    try (TasklistUser service = new TasklistUser(port, "fengtao")) {
      service.openTask("我的待办", "跟踪并答复客户");
      service.type("答复客户的内容", "已电话告知客户缺陷已修复，报表已补发。");
      service.submit("完成");
      service.waitUntil(() -> engine.getTaskService().createTaskQuery().taskName("记录客户满意度").count() == 1);
      service.openTask("我的待办", "记录客户满意度");
      service.pick("客户满意度", "满意");
      service.screenshot("journey-complaint-5-satisfaction");
      service.submit("完成");
      service.waitUntil(() -> engine.getTaskService().createTaskQuery().taskName("案例分析").count() == 1);
      service.openTask("我的待办", "案例分析");
      service.type("案例分析", "导出模块缺少大数据量测试。");
      service.type("改进措施", "研发部补充大数据量回归测试。");
      service.submit("完成");
      service.waitUntil(() -> cases.findByNumber("KF-2026-0001").map(c -> c.status() == CaseStatus.CLOSED).orElse(false));
    }

    CustomerCase closed = cases.findByNumber("KF-2026-0001").orElseThrow();
    assertThat(closed.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    assertThat(closed.responsibleDepartmentName()).isEqualTo("研发部");
    assertThat(closed.customerName()).isEqualTo("陈先生");
    assertThat(closed.handlingResult()).isEqualTo("缺陷已修复，报表已补发。");
  }
}

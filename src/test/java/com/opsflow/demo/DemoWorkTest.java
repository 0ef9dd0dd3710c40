package com.opsflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.plan.OperationPlan;
import com.opsflow.plan.OperationPlans;
import com.opsflow.plan.PlanStatus;
import com.opsflow.support.EngineTest;

/** The quick start's sample work: plans at five different stages, two of them linked down to an annual plan, and three customer cases, each waiting where the README says. */
class DemoWorkTest extends EngineTest {

  @Autowired
  DemoWork demoWork;
  @Autowired
  OperationPlans plans;
  @Autowired
  com.opsflow.operations.DepartmentTasks tasks;
  @Autowired
  com.opsflow.approval.attachment.Attachments attachments;

  @Test
  void theDemoStartsWithPlansAtDifferentStages() {
    demoWork.createSampleWork();

    assertThat(plans.findAll()).extracting(OperationPlan::number, OperationPlan::status).containsExactlyInAnyOrder(
        tuple("PLAN-2027-FIN-A", PlanStatus.APPROVED),
        tuple("PLAN-2027-FIN-Q1", PlanStatus.FILED),
        tuple("PLAN-2027-FIN-M01", PlanStatus.PUBLISHED),
        tuple("PLAN-2027-SALES-A", PlanStatus.IN_REVIEW),
        tuple("PLAN-2027-RND-A", PlanStatus.DRAFT),
        tuple("PLAN-2027-CS-Q1", PlanStatus.IN_REVIEW));
    assertThat(acting.as("wulei", () -> engine.getTaskService().createTaskQuery().taskCandidateUser("wulei").list()))
        .extracting(Task::getName).containsExactlyInAnyOrder("运营部汇总审核", "运营部检查决议");
    Task signedBefore = engine.getTaskService().createTaskQuery().taskAssignee("zhoumin").singleResult();
    assertThat(signedBefore.getName()).as("吴磊 asked 周敏 to decide 销售部's plan first (加签)").isEqualTo("运营部汇总审核");
    assertThat(signedBefore.getOwner()).isEqualTo("wulei");
    String finance = plans.findAll().stream().filter(p -> p.number().equals("PLAN-2027-FIN-A")).findFirst().orElseThrow()
        .processInstanceId();
    assertThat(attachments.findByProcessInstanceIdOrderByUploadedAtAscIdAsc(finance))
        .extracting(com.opsflow.approval.attachment.Attachment::fileName, com.opsflow.approval.attachment.Attachment::contentType)
        .containsExactly(tuple("2027年财务部预算明细.csv", "text/csv"), tuple("部门会议白板.png", "image/png"));
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee("hejing").singleResult().getName()).isEqualTo("修改运营计划");
    assertThat(tasks.open("rnd")).as("the returned plan, the complaint, the change request and the rectification's result"
        + " are 研发部's work").isEqualTo(4);
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("customer-case").list())
        .extracting(t -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId())
            .singleResult().getBusinessKey(), Task::getName).containsExactlyInAnyOrder(
            tuple("KF-2026-0001", "责任部门处理"), tuple("KF-2026-0002", "受理咨询与建议"), tuple("KF-2026-0003", "评估变更影响"));
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("meeting-resolution").list())
        .extracting(t -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId())
            .singleResult().getBusinessKey(), Task::getName, Task::getAssignee).containsExactlyInAnyOrder(
            tuple("HY-2026-0001-1", "运营部检查决议", null), tuple("HY-2026-0001-2", "执行决议", "zhaoqiang"));
    assertThat(tasks.open("ops")).isEqualTo(3);
    assertThat(jdbc.queryForList("select plan_number || ' ' || status from company_plan", String.class))
        .as("the company plan approved over 财务部's plan").containsExactly("CP-2027 APPROVED");
    assertThat(tasks.open("fin")).isZero();
    assertThat(jdbc.queryForList("select reported_by || ' ' || case when ad_hoc then '求助' else '周报' end || ' ' || coalesce(reviewed_by, '-')"
        + " from rectification_progress order by id", String.class))
        .as("研发部's rectification: a weekly report reviewed by 冯涛, and a help request waiting for the supervisors")
        .containsExactly("hejing 周报 fengtao", "hejing 求助 -");
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("rectification-help").taskCandidateGroup("supervisors")
        .list()).extracting(Task::getName).containsExactly("督导协调解决");
    assertThat(engine.getTaskService().createTaskQuery().taskName("部门负责人审核风险").taskCandidateGroup("csHead").count())
        .as("客服部's risks of the quarter wait for 郑红").isEqualTo(1);
    assertThat(jdbc.queryForList("select r.department || ' ' || i.risk_level from risk_report_item i join risk_report r"
        + " on r.id = i.report_id order by r.id, i.item_order", String.class))
        .containsExactly("cs HIGH", "cs HIGH", "hr MEDIUM");
    assertThat(jdbc.queryForList("select response_number || ' ' || department || ' ' || status from risk_response",
        String.class)).as("人力资源部's registered 中 risk waits for its response").containsExactly("YD-2026-001-1 hr PLANNING");
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("risk-response").taskCandidateGroup("hr")
        .list()).extracting(Task::getName).containsExactly("制定风险应对措施");
    assertThat(jdbc.queryForObject("select count(*) from indicator_value", Integer.class))
        .as("half a year of eight indicators from 经营数据系统, and last month's from seven departments").isEqualTo(55);
    assertThat(jdbc.queryForList("select r.status || ' ' || count(*) from data_report r join data_submission s"
        + " on s.report_id = r.id where s.status = 'SUBMITTED' group by r.status", String.class))
        .as("last month's data round: all but 人力资源部 submitted").containsExactly("COLLECTING 7");
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("data-submission").taskCandidateGroup("hr")
        .list()).extracting(Task::getName).containsExactly("报送经营数据");
    assertThat(jdbc.queryForObject("select count(*) from risk_warning_reading r join risk_warning w on w.id = r.warning_id"
        + " where w.warning_number = 'YJ-2026-001'", Integer.class)).as("销售部's submitted value joined its warning")
        .isEqualTo(2);
    assertThat(jdbc.queryForList("select warning_number || ' ' || department || ' ' || warning_level || ' ' || status"
        + " from risk_warning order by id", String.class)).as("销售部's revenue below its warning value; 孔明's warning")
        .containsExactly("YJ-2026-001 sales WARNING OPEN", "YJ-2026-002 rnd ALARM AWAITING_INSTRUCTION");
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("risk-warning").list())
        .extracting(Task::getName, task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId())
        .containsExactlyInAnyOrder(tuple("原因分析与应对措施", "sales"), tuple("管理层批示", "management"));
    assertThat(jdbc.queryForList("select programme_number || ' ' || status from supervision_programme", String.class))
        .as("a supervision programme approved").containsExactly("SP-2026 IN_EFFECT");
    assertThat(jdbc.queryForList("select audit_number || ' ' || status || ' ' || programme_number from supervision_audit",
        String.class)).as("客服部 confirmed: its audit started from the programme").containsExactly("AUD-2026-001 SCHEDULED SP-2026");
    assertThat(engine.getTaskService().createTaskQuery().taskName("确认督导日期").taskCandidateGroup("hrHead").count())
        .as("人力资源部 was told and answers").isEqualTo(1);
    assertThat(plans.findAll()).filteredOn(plan -> plan.number().startsWith("PLAN-2027-FIN-") && plan.parentPlanNumber() != null)
        .as("the first quarter breaks down the annual plan, January the quarter").extracting(OperationPlan::number,
            OperationPlan::parentPlanNumber, plan -> plan.items().get(0).parentItemNo())
        .containsExactlyInAnyOrder(tuple("PLAN-2027-FIN-Q1", "PLAN-2027-FIN-A", 1), tuple("PLAN-2027-FIN-M01", "PLAN-2027-FIN-Q1", 1));
  }
}

package com.opsflow.supervision;

import static com.opsflow.supervision.RectificationHelpProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.support.EngineTest;

/**
 * Every path of rectification-help.bpmn (SV-3.4.3): 研发部's 何静 asks the supervisors for help with a finding being
 * rectified, 孔明 coordinates and records the outcome, which is kept with the finding's progress reports and mailed to
 * her; a department with nothing to rectify cannot ask; another department's finding and an empty request are refused.
 */
class RectificationHelpProcessTest extends EngineTest {

  @Autowired
  Rectifications rectifications;
  @Autowired
  RectificationProgressReports reports;

  ProcessInstance ask(String user) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(RectificationHelpProcess.KEY)
        .latestVersion().singleResult().getId();
    return acting.as(user, () -> engine.getFormService().submitStartForm(definition, Map.of()));
  }

  Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void submit(String user, ProcessInstance instance, Map<String, Object> values) {
    Task task = task(instance);
    acting.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), values));
  }

  @Test
  void aDepartmentAsksForHelpAndTheSupervisorsCoordinate() {
    AuditFinding finding = rectifications.fromCustomerCase("KF-2026-0001", "导出模块缺少大数据量测试，须补齐回归测试。", "SERIOUS", "rnd", "何静");
    ProcessInstance help = ask("hejing");
    Task describe = task(help);
    assertThat(describe.getAssignee()).isEqualTo("hejing");
    assertThat(engine.getTaskService().getVariable(describe.getId(), FINDING_OPTIONS).toString()).contains("KF-2026-0001 第 1 项");

    submit("hejing", help, Map.of(FINDING, String.valueOf(finding.id()), CURRENT_PROGRESS, "回归测试用例已写完一半。",
        DIFFICULTY, "缺少生产规模的测试数据，需要数据分析部协助脱敏导出。"));
    Task answer = task(help);
    assertThat(answer.getName()).isEqualTo("督导协调解决");
    assertThat(engine.getTaskService().getIdentityLinksForTask(answer.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("supervisors");
    submit("kongming", help, Map.of(ANSWER, "已协调数据分析部本周内提供脱敏数据。"));

    assertThat(help.getId()).satisfies(id -> assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(id).count()).isZero());
    assertThat(reports.findByFindingIdOrderById(finding.id())).singleElement().satisfies(request -> {
      assertThat(request.adHoc()).isTrue();
      assertThat(request.helpNeeded()).isTrue();
      assertThat(request.difficulties()).contains("脱敏导出");
      assertThat(request.reviewedBy()).isEqualTo("kongming");
      assertThat(request.review()).isEqualTo("已协调数据分析部本周内提供脱敏数据。");
    });
    assertThat(jdbc.queryForList("select recipient from notification where event_key like 'help-answer:%'", String.class))
        .containsExactly("hejing");
  }

  @Test
  void nothingToRectifyNothingToAskAndOnlyTheDepartmentsOwnFindings() {
    assertThatThrownBy(() -> ask("hejing")).isInstanceOf(SubmissionRefused.class).hasMessageContaining("研发部目前没有整改中的问题");
    AuditFinding others = rectifications.fromCustomerCase("KF-2026-0002", "客服回复超时。", "MINOR", "cs", "冯涛");
    rectifications.fromCustomerCase("KF-2026-0003", "导出缺陷。", "MINOR", "rnd", "何静");
    ProcessInstance help = ask("hejing");
    assertThatThrownBy(() -> submit("hejing", help, Map.of(FINDING, String.valueOf(others.id()), CURRENT_PROGRESS, "进行中",
        DIFFICULTY, " "))).isInstanceOf(SubmissionRefused.class).hasMessageContaining("请从列表中选择本部门整改中的问题")
        .hasMessageContaining("请填写遇到的困难和需要的协助");
    assertThat(task(help).getName()).isEqualTo("说明整改困难");
    assertThat(reports.count()).isZero();
  }
}

package com.opsflow.benchmark;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.opsflow.benchmark.Benchmark.Actors;

/**
 * Each process driven through the engine API the way its users drive it in Tasklist (form submissions as
 * the demo people), and the same shape — same user tasks in the same order, same candidate groups, same
 * decision variable — on the bare engine.
 */
final class Lifecycles {

  /** Everyone who acts in a lifecycle; the bare engine gets them with their groups. */
  static final List<String> PEOPLE = List.of("wangfang", "lina", "wulei", "yangjianguo");

  /** One process: our lifecycle, the bare one, and how many user tasks each completes (the start counts as one). */
  record Lifecycle(String name, Runnable ours, Runnable bare, int userTaskCompletions) {
  }

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final ProcessEngine bareEngine;
  private final Actors actors;
  private final Actors bareActors;

  Lifecycles(ConfigurableApplicationContext node, ProcessEngine bareEngine) {
    this.engine = node.getBean(ProcessEngine.class);
    this.jdbc = node.getBean(JdbcTemplate.class);
    this.bareEngine = bareEngine;
    this.actors = new Actors(engine);
    this.bareActors = new Actors(bareEngine);
  }

  List<Lifecycle> all() {
    return List.of(planApproval());
  }

  /** An annual plan as 王芳 drafts it and 李娜, 吴磊, 杨建国 approve it. */
  Lifecycle planApproval() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("operation-plan-approval").latestVersion().singleResult().getId();
    List<String> reviewers = List.of("lina", "wulei", "yangjianguo");
    Runnable ours = () -> {
      // the same department plans the same year again and again: free the period the last round took
      jdbc.update("update operation_plan set active_period_key = null");
      String instance = actors.as("wangfang", () -> engine.getFormService().submitStartForm(definition, annualPlan()).getId());
      for (String reviewer : reviewers) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        actors.as(reviewer, () -> engine.getFormService().submitTaskForm(task.getId(), Map.of("decision", "APPROVE")));
      }
    };
    String bare = deployBareShape(bareEngine, "bare-plan-approval", List.of("mktHead", "ops", "management"));
    Runnable bareLifecycle = () -> {
      String instance = bareActors.as("wangfang", () -> bareEngine.getRuntimeService()
          .startProcessInstanceByKey(bare, annualPlan()).getId());
      for (String reviewer : reviewers) {
        Task task = bareEngine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        bareActors.as(reviewer, () -> bareEngine.getTaskService().complete(task.getId(), Map.of("decision", "APPROVE")));
      }
    };
    return new Lifecycle("运营计划审批（年度）", ours, bareLifecycle, 1 + reviewers.size());
  }

  /** A start event and one user task per candidate group, each followed by the decision's gateway. */
  static String deployBareShape(ProcessEngine engine, String key, List<String> candidateGroups) {
    AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent();
    int step = 0;
    for (String group : candidateGroups) {
      String gateway = key + "-decision-" + ++step;
      builder = builder.userTask().camundaCandidateGroups(group).exclusiveGateway(gateway)
          .condition("驳回", "${decision != 'APPROVE'}").endEvent()
          .moveToNode(gateway).condition("同意", "${decision == 'APPROVE'}");
    }
    engine.getRepositoryService().createDeployment()
        .addModelInstance(key + ".bpmn", builder.endEvent().done())
        .enableDuplicateFiltering(true).deploy();
    return key;
  }

  static Map<String, Object> annualPlan() {
    int year = java.time.Year.now().getValue() + 1;
    return Variables.createVariables()
        .putValue("planType", "ANNUAL").putValue("periodYear", year)
        .putValue("planTitle", "市场部年度运营计划").putValue("planSummary", "拓展华东市场")
        .putValue("planItems", SpinValues.jsonValue("[{\"goal\":\"品牌曝光\",\"task\":\"线下活动\",\"measures\":\"分季度执行\","
            + "\"deadline\":\"" + year + "-06-30\",\"responsible\":\"王芳\",\"resources\":\"预算\","
            + "\"keyTask\":true}]").create());
  }
}

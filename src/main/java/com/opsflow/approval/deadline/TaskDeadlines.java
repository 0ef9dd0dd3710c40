package com.opsflow.approval.deadline;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;


/**
 * Every new task gets its due date from the decision table {@value #DECISION} (processes/task-deadline.dmn),
 * per process and step, so process owners change deadlines in Camunda Modeler without Java. Added to
 * every user task at parse time, so no diagram has to remember it; a due date the diagram sets itself wins.
 */
@Component
@Order(1) // before the new-task mail, which tells the due date
class TaskDeadlines extends AbstractProcessEnginePlugin {

  static final String DECISION = "task-deadline";
  private static final Logger LOG = LoggerFactory.getLogger(TaskDeadlines.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskDeadlines::setDueDate);
      }
    });
  }

  static void setDueDate(DelegateTask task) {
    if (task.getDueDate() != null) {
      return;
    }
    String processKey = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
    Duration dueIn = rule(processKey, task.getTaskDefinitionKey()).dueIn();
    if (dueIn != null) {
      task.setDueDate(Date.from(ClockUtil.getCurrentTime().toInstant().plus(dueIn)));
    }
  }

  /**
   * What the table says for a step; inside an engine command. The answer for a step only changes with a new
   * version of the table, so it is kept per deployed version: evaluating 33 rules of FEEL for every new task
   * cost more than the rest of creating it. The latest version is looked up every time (one indexed query),
   * so a table deployed on another node of the cluster counts at once.
   */
  static DeadlineRule rule(String processKey, String taskKey) {
    try {
      DecisionDefinition table = Context.getCommandContext().runWithoutAuthorization(() ->
          Context.getProcessEngineConfiguration().getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(DECISION));
      return RULES.of(table.getId()).computeIfAbsent(processKey + "/" + taskKey, step -> evaluate(table, processKey, taskKey));
    } catch (ProcessEngineException noTable) {
      LOG.warn("no deadline for {}/{}: {}", processKey, taskKey, noTable.getMessage());
      return DeadlineRule.NONE;
    }
  }

  private static DeadlineRule evaluate(DecisionDefinition table, String processKey, String taskKey) {
    DmnDecisionResultEntries first = Context.getCommandContext().runWithoutAuthorization(() ->
        Context.getProcessEngineConfiguration().getDecisionService().evaluateDecisionById(table.getId())
            .variables(Map.of("processKey", processKey, "taskKey", taskKey)).evaluate().getFirstResult());
    if (first == null) {
      return DeadlineRule.NONE;
    }
    Map<String, Object> entries = first.getEntryMap(); // an empty cell is no entry at all
    return new DeadlineRule(duration(entries.get("dueIn"), processKey, taskKey),
        duration(entries.get("remindBefore"), processKey, taskKey), text(entries.get("escalateTo")));
  }

  private static final RulesOfTable RULES = new RulesOfTable();

  /** The rules read from one version of the table; a newer version replaces them all. */
  private static final class RulesOfTable {
    private volatile String tableId;
    private volatile Map<String, DeadlineRule> rules = new ConcurrentHashMap<>();

    Map<String, DeadlineRule> of(String id) {
      if (!id.equals(tableId)) {
        synchronized (this) {
          if (!id.equals(tableId)) {
            rules = new ConcurrentHashMap<>();
            tableId = id;
          }
        }
      }
      return rules;
    }
  }

  private static Duration duration(Object value, String processKey, String taskKey) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException unreadable) {
      // a typo in the table must not stop the company's work: the task goes on without this deadline
      LOG.warn("{} gives '{}' for {}/{}, which is not an ISO-8601 duration such as P2D", DECISION, text, processKey, taskKey);
      return null;
    }
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  /** A step's deadline, how long before it the reminder goes out, and whom an overdue task escalates to (a group). */
  record DeadlineRule(Duration dueIn, Duration remindBefore, String escalateTo) {
    static final DeadlineRule NONE = new DeadlineRule(null, null, null);
  }
}

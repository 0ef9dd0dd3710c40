package com.opsflow.approval.deadline;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.opsflow.approval.StepTable;
import com.opsflow.kernel.EveryUserTask;


/**
 * Every new task gets its due date from the decision table {@value #DECISION} (processes/task-deadline.dmn),
 * per process and step, so process owners change deadlines in Camunda Modeler without Java. Added to
 * every user task at parse time, so no diagram has to remember it; a due date the diagram sets itself wins.
 */
@Component
@Order(1) // before the new-task mail, which tells the due date
class TaskDeadlines extends AbstractProcessEnginePlugin {

  static final String DECISION = "task-deadline";
  /** What the table writes as 逾期升级至 for "the head of the assignee's department" (e.g. a resolution's 责任人). */
  static final String ASSIGNEE_HEAD = "head-of-assignee";
  private static final Logger LOG = LoggerFactory.getLogger(TaskDeadlines.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, TaskDeadlines::setDueDate);
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

  /** What the table says for a step; inside an engine command. */
  static DeadlineRule rule(String processKey, String taskKey) {
    return RULES.of(processKey, taskKey);
  }

  private static final StepTable<DeadlineRule> RULES = new StepTable<>(DECISION, (row, processKey, taskKey) -> row == null
      ? DeadlineRule.NONE
      : new DeadlineRule(duration(row.get("dueIn"), processKey, taskKey), duration(row.get("remindBefore"), processKey, taskKey),
          text(row.get("escalateTo"))), DeadlineRule.NONE);

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

package com.opsflow.approval;

import static com.opsflow.approval.ApplicationProcess.CC_RECIPIENTS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.kernel.Steps;
import com.opsflow.kernel.SubmissionRefused;

/**
 * What any start form or task submission may carry besides its own fields, handled for every diagram — and that a
 * task's submission carries nothing else ({@link OwnFieldsOnly}):
 * people to copy in ({@value ApplicationProcess#CC_RECIPIENTS}), and — for the review step's own
 * listener — which task was just completed, so its decision comment lands on that task in Tasklist's
 * history. A delegated task goes back to its owner: the delegate cannot complete it in the owner's place.
 */
@Component
@Order(3)
class TaskSubmissions extends AbstractProcessEnginePlugin {

  /** Transient: the id of the task whose completion is being recorded. */
  static final String COMPLETED_TASK_ID = "completedTaskId";
  /** Transient: the delegate tried to complete the task instead of handing it back (resolving it). */
  private static final String COMPLETED_WHILE_DELEGATED = "completedWhileDelegated";

  private final CarbonCopies carbonCopies;
  private final DeployedForms forms;

  TaskSubmissions(@Lazy CarbonCopies carbonCopies, @Lazy DeployedForms forms) {
    this.carbonCopies = carbonCopies;
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, TaskSubmissions::completed);
        task.setTaskFormHandler(new OwnFieldsOnly(task.getTaskFormHandler(), () -> forms));
        ReturnTargets.read(element, activity);
        if (!ReturnTargets.of(activity).isEmpty()) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskSubmissions::offerReturnTargets);
        }
        // an execution listener, not a task listener: its refusal reaches the user as 400 with our message
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, execution -> ended((DelegateExecution) execution));
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (scope.getProcessDefinition() == scope) { // the process's own start, not a sub-process's
          activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
              execution -> started((DelegateExecution) execution));
        }
      }
    });
  }

  /** The form's 退回到 options, on the task only: they belong to this step. */
  private static void offerReturnTargets(DelegateTask task) {
    task.setVariableLocal(ReviewVariables.RETURN_TARGETS, ReturnTargets.options((ExecutionEntity) task.getExecution()));
  }

  private static void completed(DelegateTask task) {
    task.getExecution().setVariableLocal(COMPLETED_TASK_ID, Variables.stringValue(task.getId(), true));
    if (((TaskEntity) task).getDelegationState() == DelegationState.PENDING) {
      task.getExecution().setVariableLocal(COMPLETED_WHILE_DELEGATED, Variables.booleanValue(true, true));
    }
  }

  private void ended(DelegateExecution execution) {
    if (Steps.cancelled(execution)) {
      return;
    }
    if (Boolean.TRUE.equals(execution.getVariableLocal(COMPLETED_WHILE_DELEGATED))) {
      throw new SubmissionRefused("这项待办是委派给您协助办理的：请提交表单交回委派人，由委派人作出最终决定。");
    }
    copyRequested(execution);
  }

  private void started(DelegateExecution execution) {
    copyRequested(execution);
  }

  private void copyRequested(DelegateExecution execution) {
    Object requested = execution.getVariable(CC_RECIPIENTS);
    if (requested != null) {
      carbonCopies.copyFromSubmission(execution, requested);
      execution.removeVariable(CC_RECIPIENTS);
    }
  }
}

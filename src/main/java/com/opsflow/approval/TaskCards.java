package com.opsflow.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.opsflow.organisation.Organisation;

/**
 * What tells Tasklist's task cards apart — the record's number, the applicant's department and the
 * applicant — copied onto every new task of every diagram, where the Tasklist filters show them (编号, 部门,
 * 申请人). On the task, because the people who work a task may read its own variables but not the process
 * instance's (see README, Security); copies of what the task's form shows them anyway, so nobody reads more.
 */
@Component
@Order(4)
public class TaskCards extends AbstractProcessEnginePlugin {

  public static final String NUMBER = "cardNumber";
  public static final String DEPARTMENT = "cardDepartment";
  public static final String APPLICANT = "cardApplicant";

  private final Organisation organisation;

  TaskCards(@Lazy Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskCards.this::label);
      }
    });
  }

  private void label(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    if (number != null) {
      task.setVariableLocal(NUMBER, number);
    }
    if (task.getVariable(ApplicationProcess.INITIATOR) instanceof String applicant) {
      task.setVariableLocal(APPLICANT, organisation.displayName(applicant));
      organisation.departmentNameOf(applicant).ifPresent(department -> task.setVariableLocal(DEPARTMENT, department));
    }
  }
}

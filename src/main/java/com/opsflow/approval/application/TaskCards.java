package com.opsflow.approval.application;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.organisation.Organisation;
import com.opsflow.kernel.EveryUserTask;

/**
 * What tells Tasklist's task cards apart — the record's number, the applicant's department and the
 * applicant, and while a task is delegated who delegated it — copied onto every task of every diagram, where
 * the Tasklist filters show them (编号, 部门, 申请人, 委派人). On the task, because the people who work a task may read its own variables but not the process
 * instance's (see README, Security); copies of what the task's form shows them anyway, so nobody reads more.
 */
@Component
@Order(4)
public class TaskCards extends AbstractProcessEnginePlugin {

  public static final String NUMBER = "cardNumber";
  public static final String DEPARTMENT = "cardDepartment";
  public static final String APPLICANT = "cardApplicant";
  /** While a task is delegated (委派): who asked for help and gets the task back. */
  public static final String DELEGATED_BY = "cardDelegatedBy";

  private final Organisation organisation;

  TaskCards(@Lazy Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, TaskCards.this::label);
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_ASSIGNMENT, TaskCards.this::delegation);
    // resolving hands the task back without an assignment event of its own
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_UPDATE, TaskCards.this::delegation);
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

  /** Delegating and resolving both re-assign the task: the card says who delegated it for as long as it is. */
  private void delegation(DelegateTask task) {
    if (((TaskEntity) task).getDelegationState() == DelegationState.PENDING && task.getOwner() != null) {
      task.setVariableLocal(DELEGATED_BY, organisation.displayName(task.getOwner()) + "（办理后交回）");
    } else if (task.hasVariableLocal(DELEGATED_BY)) {
      task.removeVariableLocal(DELEGATED_BY);
    }
  }
}

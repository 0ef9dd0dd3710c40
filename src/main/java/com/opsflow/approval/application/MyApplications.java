package com.opsflow.approval.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Privileged;

/** 我的申请: what a person started, where each stands, and whether they may still withdraw it. */
@Service
public class MyApplications {

  /** At most this many of those still running (in practice a handful), and the latest ended ones. */
  static final int RUNNING_SHOWN = 200;
  static final int ENDED_SHOWN = 30;

  public record MyApplication(String processInstanceId, String process, String businessKey, String startedAt,
      String state, List<String> waitingAt, boolean running, boolean withdrawable) {
  }

  private final HistoryService historyService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final ApplicationViews views;
  private final Withdrawals withdrawals;
  private final Privileged privileged;
  private final CompanyClock clock;

  MyApplications(HistoryService historyService, TaskService taskService, RepositoryService repositoryService,
      ApplicationViews views, Withdrawals withdrawals, Privileged privileged, CompanyClock clock) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.views = views;
    this.withdrawals = withdrawals;
    this.privileged = privileged;
    this.clock = clock;
  }

  /** What the person started: every application still running, then the latest ended ones. */
  @Transactional(readOnly = true)
  public List<MyApplication> of(String user) {
    List<HistoricProcessInstance> instances = new ArrayList<>(privileged.call(() -> historyService
        .createHistoricProcessInstanceQuery().startedBy(user).rootProcessInstances().unfinished()
        .orderByProcessInstanceStartTime().desc().listPage(0, RUNNING_SHOWN)));
    // applications handed to the user when their applicant left (离职转办)
    Set<String> listed = instances.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    privileged.call(() -> historyService.createHistoricProcessInstanceQuery()
        .variableValueEquals(ApplicationProcess.INITIATOR, user).rootProcessInstances().unfinished()
        .orderByProcessInstanceStartTime().desc().listPage(0, RUNNING_SHOWN)).stream()
        .filter(instance -> !listed.contains(instance.getId())).forEach(instances::add);
    instances.addAll(privileged.call(() -> historyService.createHistoricProcessInstanceQuery().startedBy(user)
        .rootProcessInstances().finished().orderByProcessInstanceEndTime().desc().listPage(0, ENDED_SHOWN)));
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = privileged.call(() -> repositoryService.createProcessDefinitionQuery()
        .processDefinitionIdIn(instances.stream().map(i -> i.getProcessDefinitionId()).distinct().toArray(String[]::new))
        .list()).stream().collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getName));
    Map<String, List<String>> waiting = privileged.call(() -> taskService.createTaskQuery()
        .processInstanceIdIn(instances.stream().map(i -> i.getId()).toArray(String[]::new)).list()).stream()
        .collect(Collectors.groupingBy(Task::getProcessInstanceId, Collectors.mapping(Task::getName, Collectors.toList())));
    return instances.stream().map(instance -> {
      boolean running = instance.getEndTime() == null;
      return new MyApplication(instance.getId(), names.get(instance.getProcessDefinitionId()), instance.getBusinessKey(),
          clock.format(instance.getStartTime().toInstant()), running ? "进行中" : views.outcome(instance),
          waiting.getOrDefault(instance.getId(), List.of()), running,
          running && withdrawals.withdrawable(instance.getId(), user));
    }).toList();
  }
}

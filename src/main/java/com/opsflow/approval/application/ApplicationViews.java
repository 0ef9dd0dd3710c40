package com.opsflow.approval.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.approval.attachment.ApplicationFiles;
import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.approval.cc.Involvement;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Privileged;
import com.opsflow.organisation.Organisation;

/** Reads an application for the people involved in it (see {@link Involvement}); read-only for everyone. */
@Service
public class ApplicationViews {

  private final Involvement involvement;
  private final HistoryService historyService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final CarbonCopies carbonCopies;
  private final Organisation org;
  private final Privileged privileged;
  private final CompanyClock clock;
  private final RouteAhead routeAhead;
  private final ApplicationFiles files;

  ApplicationViews(ApplicationFiles files, Involvement involvement, HistoryService historyService, TaskService taskService,
      RepositoryService repositoryService, CarbonCopies carbonCopies, Organisation org, Privileged privileged,
      CompanyClock clock, RouteAhead routeAhead) {
    this.routeAhead = routeAhead;
    this.files = files;
    this.involvement = involvement;
    this.historyService = historyService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.carbonCopies = carbonCopies;
    this.org = org;
    this.privileged = privileged;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ApplicationView view(String processInstanceId, String caller) {
    HistoricProcessInstance instance = involvement.instanceFor(processInstanceId, caller, true);
    String process = privileged.call(() -> repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getName());
    List<ApplicationView.OpenStep> open = privileged.call(() -> taskService.createTaskQuery()
        .processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()).stream()
        .map(task -> new ApplicationView.OpenStep(task.getId(), task.getName(),
            task.getAssignee() == null ? "待认领" : org.displayName(task.getAssignee()), time(task.getDueDate())))
        .toList();
    List<Timed> events = new ArrayList<>();
    events.add(new Timed(instance.getStartTime(), new ApplicationView.Event(time(instance.getStartTime()),
        name(instance.getStartUserId()), "发起申请")));
    List<HistoricTaskInstance> done = privileged.call(() -> historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId).finished().list());
    List<Comment> comments = privileged.call(() -> taskService.getProcessInstanceComments(processInstanceId));
    for (HistoricTaskInstance task : done) {
      // a step decided without being claimed has no assignee: its decision, under the reviewer's name, says who did it
      boolean saidBySomebody = task.getAssignee() == null
          && comments.stream().anyMatch(c -> task.getId().equals(c.getTaskId()) && c.getUserId() != null);
      if ("completed".equals(task.getDeleteReason()) && !saidBySomebody) {
        events.add(new Timed(task.getEndTime(), new ApplicationView.Event(time(task.getEndTime()), name(task.getAssignee()),
            "办理“" + task.getName() + "”")));
      }
    }
    for (Comment comment : comments) {
      String step = comment.getTaskId() == null ? "" : done.stream().filter(t -> t.getId().equals(comment.getTaskId()))
          .map(t -> t.getName() + "：").findFirst().orElse("");
      events.add(new Timed(comment.getTime(), new ApplicationView.Event(time(comment.getTime()), name(comment.getUserId()),
          step + comment.getFullMessage())));
    }
    events.sort(Comparator.comparing(Timed::at));
    return new ApplicationView(processInstanceId, process, instance.getBusinessKey(), state(instance),
        name(involvement.initiatorOf(processInstanceId)), time(instance.getStartTime()), open,
        instance.getEndTime() == null ? routeAhead.of(processInstanceId) : List.of(),
        events.stream().map(Timed::event).toList(),
        carbonCopies.copiesOf(processInstanceId).stream().map(cc -> org.displayName(cc.recipient())).toList(),
        files.ofCheckedApplication(processInstanceId).stream().map(file -> new ApplicationView.AttachmentLine(file.id(),
            file.fileName(), file.sizeText(), file.step() == null ? "申请" : file.step(), name(file.uploadedBy()),
            clock.format(file.uploadedAt()), "/api/attachments/" + file.id())).toList(),
        instance.getEndTime() == null && involvement.worksOn(processInstanceId, caller));
  }

  private String state(HistoricProcessInstance instance) {
    return instance.getEndTime() == null ? "进行中" : outcome(instance);
  }

  /** How an ended application ended: its record's words if the process left them, else the name of the end event reached last. */
  String outcome(HistoricProcessInstance instance) {
    HistoricVariableInstance recorded = privileged.call(() -> historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(ApplicationProcess.OUTCOME).singleResult());
    if (recorded != null && recorded.getValue() instanceof String words) {
      return words;
    }
    // the end event reached last names the outcome (已批准, 已撤回 …), in the words of the record's status, also inside an event sub-process
    List<HistoricActivityInstance> ends = privileged.call(() -> historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityType("noneEndEvent").finished()
        .orderByHistoricActivityInstanceEndTime().desc().orderPartiallyByOccurrence().desc().list());
    if (ends.isEmpty()) {
      return instance.getEndActivityId() == null ? "已终止" : "已结束";
    }
    return ends.get(0).getActivityName() == null ? "已结束" : ends.get(0).getActivityName();
  }

  private String name(String userId) {
    return userId == null ? "系统" : org.displayName(userId);
  }

  private String time(Date date) {
    return date == null ? "" : clock.format(date.toInstant());
  }

  private record Timed(Date at, ApplicationView.Event event) {
  }
}

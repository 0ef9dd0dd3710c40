package com.opsflow.approval.leaver;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.approval.cc.CarbonCopies;
import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.Refusal;
import com.opsflow.organisation.Organisation;

/**
 * Hands a leaver's work to a successor in one transaction: every open task assigned to them, owned by them (委派) or
 * offered to them by name, every running application they started (the successor becomes its applicant, and sees it
 * in 我的申请), every 抄送 to them; then they leave all their groups. Each task and application gets a comment, which
 * Tasklist's history and the application page show.
 */
@Service
public class Leavers {

  static final int MAX_REASON = 200;

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final CarbonCopies carbonCopies;
  private final Organisation org;
  private final Privileged privileged;

  Leavers(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      CarbonCopies carbonCopies, Organisation org, Privileged privileged) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.carbonCopies = carbonCopies;
    this.org = org;
    this.privileged = privileged;
  }

  /** What was handed over. */
  public record HandOver(String from, String to, int tasks, int applications, int carbonCopies, List<String> groupsLeft) {
  }

  @Transactional
  public HandOver handOver(String leaver, String successor, String reason) {
    if (reason != null && reason.length() > MAX_REASON) {
      throw Refusal.badRequest("转办原因不能超过 " + MAX_REASON + " 个字。");
    }
    List<String> unknown = new ArrayList<>();
    for (String user : new String[] {leaver, successor}) {
      if (user == null || user.isBlank() || privileged.call(() -> identityService.createUserQuery().userId(user).count()) == 0) {
        unknown.add(user == null || user.isBlank() ? "（未填写）" : user);
      }
    }
    if (!unknown.isEmpty()) {
      throw Refusal.notFound("用户不存在：" + String.join("、", unknown) + "。");
    }
    if (leaver.equals(successor)) {
      throw Refusal.badRequest("接手人不能是离职人本人。");
    }
    String note = "离职转办：" + org.displayName(leaver) + " 的工作交由 " + org.displayName(successor) + " 接手"
        + (reason == null || reason.isBlank() ? "" : "（" + reason.strip() + "）");
    int tasks = privileged.call(() -> handOverTasks(leaver, successor, note));
    int applications = privileged.call(() -> handOverApplications(leaver, successor, note));
    int copies = carbonCopies.handOver(leaver, successor);
    List<String> groups = privileged.call(() -> identityService.createGroupQuery().groupMember(leaver).list())
        .stream().map(Group::getId).toList();
    groups.forEach(group -> privileged.run(() -> identityService.deleteMembership(leaver, group)));
    return new HandOver(leaver, successor, tasks, applications, copies, groups);
  }

  private int handOverTasks(String leaver, String successor, String note) {
    List<Task> tasks = new ArrayList<>(taskService.createTaskQuery().or().taskAssignee(leaver).taskOwner(leaver)
        .taskCandidateUser(leaver).endOr().list());
    int moved = 0;
    for (Task task : tasks) {
      boolean changed = false;
      if (leaver.equals(task.getAssignee())) {
        taskService.setAssignee(task.getId(), successor);
        changed = true;
      }
      if (leaver.equals(task.getOwner())) {
        taskService.setOwner(task.getId(), successor);
        changed = true;
      }
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        if (leaver.equals(link.getUserId()) && IdentityLinkType.CANDIDATE.equals(link.getType())) {
          taskService.deleteCandidateUser(task.getId(), leaver);
          taskService.addCandidateUser(task.getId(), successor);
          changed = true;
        }
      }
      if (changed) {
        taskService.createComment(task.getId(), task.getProcessInstanceId(), note);
        moved++;
      }
    }
    return moved;
  }

  private int handOverApplications(String leaver, String successor, String note) {
    List<ProcessInstance> applications = runtimeService.createProcessInstanceQuery()
        .variableValueEquals(ApplicationProcess.INITIATOR, leaver).list();
    for (ProcessInstance application : applications) {
      runtimeService.setVariable(application.getId(), ApplicationProcess.INITIATOR, successor);
      if (leaver.equals(runtimeService.getVariable(application.getId(), ApplicationProcess.DRAFTER))) {
        runtimeService.setVariable(application.getId(), ApplicationProcess.DRAFTER, successor);
      }
      taskService.createComment(null, application.getId(), note);
    }
    return applications.size();
  }
}

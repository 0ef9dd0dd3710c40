package com.opsflow.approval.cc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.ApplicationProcess;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.CurrentUser;
import com.opsflow.kernel.FieldChecks;
import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.Refusal;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.kernel.TextField;
import com.opsflow.notification.NotificationLinks;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;

/**
 * 抄送: the initiator, or a reviewer while the application is with them, copies colleagues in. They can
 * then read the application and its history (and find it under 抄送我的), but never work its tasks: no
 * task permission is granted, the copy is our own record.
 */
@Service
public class CarbonCopies {

  static final int MAX_RECIPIENTS = 20;
  static final int MAX_NOTE_LENGTH = 500;
  /** The drafting forms' 抄送（可选）: logins, comma-separated. */
  public static final TextField RECIPIENTS_FIELD = new TextField(ApplicationProcess.CC_RECIPIENTS, "抄送人", 500);

  private final CarbonCopyRecords records;
  private final Involvement involvement;
  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  private final TaskService taskService;
  private final Organisation org;
  private final Privileged privileged;
  private final Notifier notifier;
  private final NotificationLinks links;
  private final CompanyClock clock;

  CarbonCopies(CarbonCopyRecords records, Involvement involvement, IdentityService identityService,
      RepositoryService repositoryService, TaskService taskService, Organisation org, Privileged privileged,
      Notifier notifier, NotificationLinks links, CompanyClock clock) {
    this.records = records;
    this.involvement = involvement;
    this.identityService = identityService;
    this.repositoryService = repositoryService;
    this.taskService = taskService;
    this.org = org;
    this.privileged = privileged;
    this.notifier = notifier;
    this.links = links;
    this.clock = clock;
  }

  /** @return the people newly copied in (someone copied in before is not copied, nor mailed, twice) */
  @Transactional
  public List<String> copy(String processInstanceId, String caller, Collection<String> recipients, String note) {
    HistoricProcessInstance instance = involvement.instanceFor(processInstanceId, caller, true);
    if (!involvement.worksOn(processInstanceId, caller)) {
      throw Refusal.forbidden("只有申请人和正在办理的审批人可以抄送。");
    }
    String processName = privileged.call(() -> repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getName());
    return copy(processInstanceId, instance.getBusinessKey(), processName, caller, recipients, note);
  }

  private List<String> copy(String processInstanceId, String businessKey, String processName, String caller,
      Collection<String> recipients, String note) {
    Set<String> people = new LinkedHashSet<>();
    for (String recipient : recipients == null ? List.<String>of() : recipients) {
      if (recipient != null && !recipient.isBlank()) {
        people.add(recipient.strip());
      }
    }
    if (people.isEmpty()) {
      throw Refusal.badRequest("请选择抄送给谁。");
    }
    if (people.size() > MAX_RECIPIENTS) {
      throw Refusal.badRequest("一次最多抄送 " + MAX_RECIPIENTS + " 人。");
    }
    return copyChecked(processInstanceId, businessKey, processName, caller, people, note);
  }

  /**
   * A notice the process itself gives (a plan filed with 管理层, a plan published to its department): the people
   * concerned find the application in 抄送我的 and get a mail, in the name of whoever completed the step before.
   * However many they are — a department is not a hand-picked list.
   */
  public List<String> notice(DelegateExecution execution, Collection<String> recipients, String note) {
    String sender = CurrentUser.of(identityService);
    if (sender == null) { // a calendar opens drafts with no initiator: the drafter is the applicant then
      Object applicant = execution.getVariable(ApplicationProcess.INITIATOR) instanceof String initiator ? initiator
          : execution.getVariable(ApplicationProcess.DRAFTER);
      sender = (String) applicant;
    }
    Set<String> people = new LinkedHashSet<>(recipients);
    people.remove(null);
    if (people.isEmpty() || sender == null) {
      return List.of(); // nobody to give it in the name of: an instance started in the middle by an administrator
    }
    return copyChecked(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        ((ExecutionEntity) execution).getProcessDefinition().getName(), sender, people, note);
  }

  private List<String> copyChecked(String processInstanceId, String businessKey, String processName, String caller,
      Set<String> people, String note) {
    if (note != null && note.length() > MAX_NOTE_LENGTH) {
      throw Refusal.badRequest("抄送说明不能超过 " + MAX_NOTE_LENGTH + " 个字。");
    }
    List<String> unknown = people.stream()
        .filter(user -> privileged.call(() -> identityService.createUserQuery().userId(user).count()) == 0).toList();
    if (!unknown.isEmpty()) {
      throw Refusal.badRequest("用户不存在：" + String.join("、", unknown) + "。");
    }
    people.remove(caller);
    List<String> added = new ArrayList<>();
    for (String person : people) {
      if (!records.existsByProcessInstanceIdAndRecipient(processInstanceId, person)) {
        records.save(new CarbonCopy(processInstanceId, businessKey, processName, person, caller,
            note == null || note.isBlank() ? null : note.strip(), clock.now()));
        added.add(person);
      }
    }
    if (added.isEmpty()) {
      return added;
    }
    String names = String.join("、", added.stream().map(org::displayName).toList());
    privileged.run(() -> taskService.createComment(null, processInstanceId, "抄送给" + names
        + (note == null || note.isBlank() ? "" : "，说明：" + note.strip())));
    String what = processName + (businessKey == null ? "" : "（" + businessKey + "）");
    notifier.send("cc:" + processInstanceId + ":" + clock.now().toEpochMilli(), added,
        "【抄送】" + what + "（" + org.displayName(caller) + "抄送给您）",
        org.displayName(caller) + "把“" + what + "”抄送给您，供您知悉"
            + (note == null || note.isBlank() ? "" : "。说明：" + note.strip()) + "。\n\n查看申请及审批记录："
            + links.application(processInstanceId) + "\n全部抄送我的：" + links.carbonCopies());
    return added;
  }

  /**
   * Copies asked for with a start form or a task submission, as a comma-separated list of user ids. The
   * submitter is involved by definition; a bad list refuses the whole submission (the task stays open).
   */
  public void copyFromSubmission(DelegateExecution execution, Object requested) {
    if (!(requested instanceof String list)) {
      throw new SubmissionRefused("抄送人必须填写用户名，多人用逗号分隔。");
    }
    if (list.isBlank()) {
      return;
    }
    FieldChecks checks = new FieldChecks();
    checks.text(list, RECIPIENTS_FIELD, false);
    checks.refuseIfAny();
    String caller = CurrentUser.of(identityService);
    String processName = ((ExecutionEntity) execution).getProcessDefinition().getName();
    try {
      copy(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), processName,
          caller == null ? (String) execution.getVariable(ApplicationProcess.INITIATOR) : caller,
          Arrays.asList(list.split("[,，、;；\\s]+")), null);
    } catch (Refusal refused) {
      throw new SubmissionRefused(refused.getMessage());
    }
  }

  /** 离职转办: what was copied to the leaver is copied to the successor. */
  @Transactional
  public int handOver(String leaver, String successor) {
    return records.dropTwins(leaver, successor) + records.handOver(leaver, successor);
  }

  public List<CarbonCopy> copiedTo(String user) {
    return records.findByRecipientOrderByCreatedAtDesc(user);
  }

  public List<CarbonCopy> copiesOf(String processInstanceId) {
    return records.findByProcessInstanceIdOrderById(processInstanceId);
  }
}

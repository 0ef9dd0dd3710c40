package com.opsflow.approval.signer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.AddedSignerOpinions;
import com.opsflow.approval.ApplicationProcess;
import com.opsflow.approval.Opinion;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.Refusal;
import com.opsflow.kernel.SubmissionRefused;
import com.opsflow.notification.NotificationLinks;
import com.opsflow.notification.Notifier;
import com.opsflow.organisation.Organisation;

/**
 * 加签 and 减签 on a review step, by the reviewer holding it. Before: Camunda's delegation, one added person after
 * another, each submitting the step's own form, which hands the task on and finally back ({@link #handedBack}).
 * After: the reviewer agrees now; the task goes to the people added, the last of whom decides the step. Alongside: a
 * sub-task each, answered with 同意 or 不同意 ({@link #answer}); the reviewer decides once all have. Nobody added may
 * be the reviewer or the applicant (内控), or somebody outside the company.
 */
@Service
public class Signing implements AddedSignerOpinions {

  static final int MAX_SIGNERS = 10;
  static final int MAX_NOTE = 500;
  static final int MAX_OPINION = 2000;

  private final AddedSigners signers;
  private final ReviewSteps reviewSteps;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Organisation org;
  private final Privileged privileged;
  private final Notifier notifier;
  private final NotificationLinks links;
  private final CompanyClock clock;

  Signing(AddedSigners signers, ReviewSteps reviewSteps, TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService, Organisation org, Privileged privileged, Notifier notifier, NotificationLinks links,
      CompanyClock clock) {
    this.signers = signers;
    this.reviewSteps = reviewSteps;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.org = org;
    this.privileged = privileged;
    this.notifier = notifier;
    this.links = links;
    this.clock = clock;
  }

  @Transactional
  public List<AddedSigner> add(String taskId, String caller, SignerMode mode, List<String> people, String note) {
    Task task = held(taskId, caller);
    List<String> added = checkedPeople(task, caller, mode, people);
    String why = note == null ? "" : note.strip();
    if (why.length() > MAX_NOTE) {
      throw Refusal.badRequest("加签说明不能超过 " + MAX_NOTE + " 个字。");
    }
    if (mode == SignerMode.AFTER && signers.findByTaskIdOrderByIdAsc(taskId).stream().anyMatch(AddedSigner::open)) {
      throw Refusal.badRequest("还有加签人尚未审批，请等其审批或减签后再向后加签。");
    }
    int first = signers.findByTaskIdOrderByIdAsc(taskId).size();
    List<AddedSigner> rows = new ArrayList<>();
    for (int i = 0; i < added.size(); i++) {
      SignerRole role = mode == SignerMode.AFTER && i == added.size() - 1 ? SignerRole.FINAL : SignerRole.SIGNER;
      rows.add(signers.save(new AddedSigner(taskId, task.getProcessInstanceId(), task.getName(), added.get(i), mode, role,
          first + i, caller, clock.now())));
    }
    String names = names(added);
    switch (mode) {
      case BEFORE -> {
        comment(task, caller, "向前加签：请" + names + "先审批，审批后交回" + org.displayName(caller) + note(why));
        askNext(task.getId(), SignerMode.BEFORE, why);
      }
      case AFTER -> {
        AddedSigner agreement = new AddedSigner(taskId, task.getProcessInstanceId(), task.getName(), caller, mode,
            SignerRole.ADDER, first - 1, caller, clock.now());
        agreement.decide(true, why, clock.now());
        signers.save(agreement);
        comment(task, caller, "同意，并向后加签：请" + names + "继续审批" + note(why));
        AddedSigner last = rows.get(rows.size() - 1);
        last.ask();
        privileged.run(() -> {
          taskService.setOwner(taskId, last.person());
          taskService.setAssignee(taskId, last.person());
        });
        if (rows.size() > 1) {
          askNext(task.getId(), SignerMode.AFTER, why);
        } else {
          tell(last, task, why);
        }
      }
      case PARALLEL -> {
        comment(task, caller, "并行会签：请" + names + "与" + org.displayName(caller) + "同时审批" + note(why));
        rows.forEach(row -> {
          Task subtask = privileged.call(() -> {
            Task created = taskService.newTask();
            created.setParentTaskId(taskId);
            created.setName("会签：" + task.getName());
            created.setDescription(org.displayName(caller) + "请您会签“" + task.getName() + "”" + note(why)
                + "。请在“审批操作”中选择同意或不同意并填写意见。");
            created.setAssignee(row.person());
            created.setDueDate(task.getDueDate());
            taskService.saveTask(created);
            return created;
          });
          row.asked(subtask.getId());
          tell(row, subtask, why);
        });
      }
    }
    return rows;
  }

  /** 减签: the one who added somebody takes them off the step, while they have not decided. */
  @Transactional
  public AddedSigner remove(long signerId, String caller) {
    AddedSigner row = signers.findById(signerId).filter(r -> r.addedBy().equals(caller) || r.person().equals(caller))
        .orElseThrow(() -> Refusal.notFound("没有找到这位加签人。"));
    if (!row.addedBy().equals(caller)) {
      throw Refusal.forbidden("只有加签人" + org.displayName(row.addedBy()) + "可以减签。");
    }
    if (row.state() == SignerState.DECIDED) {
      throw Refusal.badRequest(org.displayName(row.person()) + "已经审批，不能减签。");
    }
    if (row.state() == SignerState.REMOVED) {
      throw Refusal.badRequest(org.displayName(row.person()) + "已经减签。");
    }
    Task task = privileged.call(() -> taskService.createTaskQuery().taskId(row.taskId()).singleResult());
    if (task == null) {
      throw Refusal.badRequest("“" + row.step() + "”环节已经办理完毕，不能再减签。");
    }
    boolean wasAsked = row.state() == SignerState.ASKED;
    row.remove();
    if (row.subtaskId() != null) {
      privileged.run(() -> taskService.deleteTask(row.subtaskId(), "减签"));
    } else if (wasAsked && row.role() == SignerRole.FINAL) {
      if (signers.findByTaskIdOrderByIdAsc(row.taskId()).stream().anyMatch(r -> r.open() && r.role() == SignerRole.SIGNER)) {
        row.ask();
        throw Refusal.badRequest("请先减签排在" + org.displayName(row.person()) + "之前的加签人。");
      }
      privileged.run(() -> {
        taskService.setOwner(row.taskId(), null);
        taskService.setAssignee(row.taskId(), caller);
      });
    } else if (wasAsked) {
      if (!askNext(row.taskId(), row.mode(), "")) {
        privileged.run(() -> taskService.resolveTask(row.taskId()));
      }
    }
    comment(task, caller, "减签：" + org.displayName(row.person()) + "不再参与本环节审批");
    return row;
  }

  /** A person asked to decide alongside (会签) answers on their sub-task. */
  @Transactional
  public AddedSigner answer(String subtaskId, String caller, Boolean agreed, String opinion) {
    AddedSigner row = signers.findBySubtaskId(subtaskId).filter(r -> r.person().equals(caller) && r.open())
        .orElseThrow(() -> Refusal.notFound("没有找到需要您会签的待办。"));
    String text = opinion == null ? "" : opinion.strip();
    if (agreed == null) {
      throw Refusal.badRequest("请选择同意或不同意。");
    }
    if (!agreed && text.isEmpty()) {
      throw Refusal.badRequest("不同意时必须填写意见，说明原因。");
    }
    if (text.length() > MAX_OPINION) {
      throw Refusal.badRequest("意见不能超过 " + MAX_OPINION + " 个字（当前 " + text.length() + " 个字）。");
    }
    row.decide(agreed, text, clock.now());
    Task step = privileged.call(() -> taskService.createTaskQuery().taskId(row.taskId()).singleResult());
    privileged.run(() -> {
      taskService.createComment(row.taskId(), row.processInstanceId(), opinionText(row));
      taskService.complete(subtaskId);
    });
    notifier.send("signed:" + row.id(), List.of(row.addedBy()), "【会签意见】" + row.step() + "（" + org.displayName(caller) + "）",
        org.displayName(caller) + "对“" + row.step() + "”的会签意见：" + opinionText(row)
            + (step == null ? "" : "\n\n请点击链接办理：" + links.task(row.taskId())));
    return row;
  }

  /**
   * Someone asked before (or between) submitted the step's form: the engine handed the task back. Their decision is
   * their opinion; the form starts empty for whoever decides next, and the next added person is asked.
   */
  boolean handedBack(String taskId, String person, Object decision, Object comment) {
    Optional<AddedSigner> asked = signers.findByTaskIdOrderByIdAsc(taskId).stream()
        .filter(r -> r.state() == SignerState.ASKED && r.role() == SignerRole.SIGNER && r.subtaskId() == null).findFirst();
    if (asked.isEmpty()) {
      return false; // a plain 委派 coming back
    }
    AddedSigner row = asked.get();
    String text = comment instanceof String words ? words : "";
    row.decide("APPROVE".equals(decision), text.length() > MAX_OPINION ? text.substring(0, MAX_OPINION) : text, clock.now());
    privileged.run(() -> taskService.createComment(taskId, row.processInstanceId(), opinionText(row)));
    if (!askNext(taskId, row.mode(), "")) {
      Task task = privileged.call(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
      String owner = task == null ? row.addedBy() : task.getOwner();
      notifier.send("signed:" + row.id(), List.of(owner), "【加签审批完成】" + row.step(),
          "加签人已审批“" + row.step() + "”，" + org.displayName(person) + "的意见：" + opinionText(row)
              + "\n\n请点击链接继续办理：" + links.task(taskId));
    }
    return true;
  }

  @Override
  public void refuseWhileWaiting(String taskId) {
    for (AddedSigner row : signers.findByTaskIdOrderByIdAsc(taskId)) {
      if (row.state() == SignerState.ASKED && row.subtaskId() != null
          && privileged.call(() -> taskService.createTaskQuery().taskId(row.subtaskId()).count()) == 0) {
        row.decide(null, null, clock.now()); // completed in Tasklist without 同意 or 不同意
        continue;
      }
      if (row.open() && row.mode() == SignerMode.PARALLEL) {
        throw new SubmissionRefused("会签人" + org.displayName(row.person()) + "尚未审批，请等其审批后再办理，或先减签。");
      }
    }
  }

  @Override
  public List<Opinion> takeFor(String taskId) {
    List<AddedSigner> rows = signers.findByTaskIdOrderByIdAsc(taskId);
    rows.stream().filter(r -> r.role() == SignerRole.FINAL && r.state() == SignerState.ASKED)
        .forEach(r -> r.decidedTheStep(clock.now()));
    return rows.stream().filter(r -> r.state() == SignerState.DECIDED && !r.inTrail())
        .sorted(Comparator.comparing(AddedSigner::decidedAt))
        .map(r -> {
          r.putInTrail();
          return new Opinion(r.person(), org.displayName(r.person()), action(r), r.opinion(), r.decidedAt());
        }).toList();
  }

  /** The step's added people, for whoever holds it or was added to it. */
  @Transactional(readOnly = true)
  public List<AddedSigner> of(String taskId, String caller) {
    Task task = privileged.call(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
    List<AddedSigner> rows = signers.findByTaskIdOrderByIdAsc(taskId);
    boolean involved = task != null && (caller.equals(task.getAssignee()) || caller.equals(task.getOwner())
        || privileged.call(() -> taskService.createTaskQuery().taskId(taskId).taskCandidateUser(caller).count()) > 0
        || rows.stream().anyMatch(r -> r.addedBy().equals(caller)));
    if (!involved) {
      throw Refusal.notFound("没有找到这项待办，或您无权办理。");
    }
    return rows.stream().filter(r -> r.role() != SignerRole.ADDER).toList();
  }

  /** What the caller was asked on a task: a 会签 sub-task of theirs, or a step delegated to them as 加签. */
  @Transactional(readOnly = true)
  public Optional<AddedSigner> askedOf(String taskId, String caller) {
    return signers.findBySubtaskId(taskId).filter(r -> r.person().equals(caller) && r.open())
        .or(() -> signers.findByTaskIdOrderByIdAsc(taskId).stream()
            .filter(r -> r.person().equals(caller) && r.state() == SignerState.ASKED && r.subtaskId() == null).findFirst());
  }

  /**
   * For the banner above a step the caller was asked to decide before or after its reviewer ({@code delegatedBy},
   * {@code message}): who asked, and where the task goes once they submit. Empty for anything else (a 会签 sub-task has its own panel).
   */
  @Transactional(readOnly = true)
  public Optional<Map<String, String>> bannerFor(String taskId, String caller) {
    return askedOf(taskId, caller).filter(row -> row.mode() != SignerMode.PARALLEL).map(row -> {
      String adder = org.displayName(row.addedBy());
      return Map.of("delegatedBy", adder, "message", row.mode() == SignerMode.BEFORE
          ? adder + "向前加签，请您先审批：您提交审批结论和意见后，这项待办交回" + adder + "。"
          : adder + "已同意，并向后加签请您审批。");
    });
  }

  static String action(AddedSigner row) {
    if (row.role() == SignerRole.ADDER) {
      return "同意，并向后加签";
    }
    return row.mode().label() + "：" + (row.agreed() == null ? "已办理（未表态）" : row.agreed() ? "同意" : "不同意");
  }

  private String opinionText(AddedSigner row) {
    return action(row) + (row.opinion() == null ? "" : "：" + row.opinion());
  }

  /** Delegates the task to the next one waiting in the chain; false when nobody waits. */
  private boolean askNext(String taskId, SignerMode mode, String why) {
    Optional<AddedSigner> next = signers.findByTaskIdOrderByIdAsc(taskId).stream()
        .filter(r -> r.mode() == mode && r.role() == SignerRole.SIGNER && r.state() == SignerState.WAITING).findFirst();
    if (next.isEmpty()) {
      return false;
    }
    AddedSigner row = next.get();
    row.ask();
    privileged.run(() -> taskService.delegateTask(taskId, row.person()));
    tell(row, privileged.call(() -> taskService.createTaskQuery().taskId(taskId).singleResult()), why);
    return true;
  }

  private void tell(AddedSigner row, Task task, String why) {
    notifier.send("sign:" + row.id() + ":" + row.state(), List.of(row.person()),
        "【" + row.mode().label() + "】" + row.step() + "（" + org.displayName(row.addedBy()) + "请您审批）",
        org.displayName(row.addedBy()) + "请您审批“" + row.step() + "”（" + row.mode().label() + "）" + note(why)
            + "。\n\n请点击链接办理：" + links.task(task.getId()));
  }

  /** The task, if the caller holds it: assigned to them and not with somebody else at the moment. */
  private Task held(String taskId, String caller) {
    Task task = privileged.call(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null || task.getProcessInstanceId() == null) {
      throw Refusal.notFound("没有找到这项待办，或您无权办理。");
    }
    if (!caller.equals(task.getAssignee())) {
      boolean candidate = privileged.call(() -> taskService.createTaskQuery().taskId(taskId).taskCandidateUser(caller).count()) > 0;
      if (!candidate && !caller.equals(task.getOwner())) {
        throw Refusal.notFound("没有找到这项待办，或您无权办理。");
      }
      throw Refusal.badRequest(task.getAssignee() == null ? "请先认领这项待办，再加签。"
          : "这项待办正在由" + org.displayName(task.getAssignee()) + "办理，请等其办理后再加签。");
    }
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw Refusal.badRequest("这项待办正在委派中，请由受委派人办理后交回，再加签。");
    }
    if (!reviewSteps.isReview(task)) {
      throw Refusal.badRequest("只有审批环节可以加签。");
    }
    return task;
  }

  private List<String> checkedPeople(Task task, String caller, SignerMode mode, List<String> people) {
    if (mode == null) {
      throw Refusal.badRequest("请选择加签方式：向前加签、向后加签或并行会签。");
    }
    LinkedHashSet<String> chosen = new LinkedHashSet<>();
    if (people != null) {
      people.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).forEach(chosen::add);
    }
    if (chosen.isEmpty()) {
      throw Refusal.badRequest("请选择加签人。");
    }
    if (chosen.size() > MAX_SIGNERS) {
      throw Refusal.badRequest("一次最多加签 " + MAX_SIGNERS + " 人。");
    }
    Map<String, Object> applicants = privileged.call(() -> runtimeService.getVariables(task.getProcessInstanceId(),
        List.of(ApplicationProcess.DRAFTER, ApplicationProcess.INITIATOR)));
    Object applicant = applicants.getOrDefault(ApplicationProcess.DRAFTER, applicants.get(ApplicationProcess.INITIATOR));
    List<AddedSigner> already = signers.findByTaskIdOrderByIdAsc(task.getId());
    for (String person : chosen) {
      if (privileged.call(() -> identityService.createUserQuery().userId(person).count()) == 0) {
        throw Refusal.badRequest("“" + person + "”不是公司的同事：只能加签公司组织架构中的人员。");
      }
      if (person.equals(caller)) {
        throw Refusal.badRequest("不能加签自己。");
      }
      if (person.equals(applicant)) {
        throw Refusal.badRequest(org.displayName(person) + "是申请人，按内控要求不能审批本人的申请。");
      }
      if (already.stream().anyMatch(r -> r.person().equals(person) && r.open())) {
        throw Refusal.badRequest(org.displayName(person) + "已经是本环节的加签人。");
      }
    }
    return List.copyOf(chosen);
  }

  private void comment(Task task, String caller, String message) {
    privileged.run(() -> taskService.createComment(task.getId(), task.getProcessInstanceId(), message));
  }

  private String names(List<String> people) {
    return String.join("、", people.stream().map(org::displayName).toList());
  }

  private static String note(String why) {
    return why == null || why.isBlank() ? "" : "，说明：" + why.strip();
  }
}

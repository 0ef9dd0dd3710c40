package com.opsflow.approval.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.opsflow.approval.cc.Involvement;
import com.opsflow.kernel.CompanyClock;
import com.opsflow.kernel.Privileged;
import com.opsflow.kernel.Refusal;

/**
 * 附件 of an application: whoever works on it (the applicant, whoever may work an open step) attaches files while it
 * runs — to the application, or to the step they are working; whoever may read the application reads its files, and
 * to everyone else a file does not exist (404). The uploader may delete a file until its step ends (or, for a file of
 * the application, until the application ends); after that it is part of the record.
 */
@Service
public class ApplicationFiles {

  private final Attachments attachments;
  private final AttachmentContents contents;
  private final AttachmentRules rules;
  private final Involvement involvement;
  private final TaskService taskService;
  private final Privileged privileged;
  private final CompanyClock clock;

  ApplicationFiles(Attachments attachments, AttachmentContents contents, AttachmentRules rules, Involvement involvement,
      TaskService taskService, Privileged privileged, CompanyClock clock) {
    this.attachments = attachments;
    this.contents = contents;
    this.rules = rules;
    this.involvement = involvement;
    this.taskService = taskService;
    this.privileged = privileged;
    this.clock = clock;
  }

  /** A file as someone downloads it. */
  public record Download(Attachment attachment, byte[] content) {
  }

  @Transactional
  public Attachment attachToTask(String taskId, String caller, String fileName, InputStream in, long size) throws IOException {
    Task task = workable(taskId, caller);
    return store(task.getProcessInstanceId(), task.getId(), task.getName(), caller, fileName, in, size);
  }

  @Transactional
  public Attachment attachToApplication(String processInstanceId, String caller, String fileName, InputStream in, long size)
      throws IOException {
    involvement.instanceFor(processInstanceId, caller, false);
    if (!involvement.running(processInstanceId)) {
      throw Refusal.badRequest("这项申请已经结束，不能再添加附件。");
    }
    return store(processInstanceId, null, null, caller, fileName, in, size);
  }

  /** The application's files, for whoever may read it. */
  @Transactional(readOnly = true)
  public List<Attachment> of(String processInstanceId, String caller) {
    involvement.instanceFor(processInstanceId, caller, true);
    return attachments.findByProcessInstanceIdOrderByUploadedAtAscIdAsc(processInstanceId);
  }

  /** The files of the application a task belongs to, for whoever may work the task. */
  @Transactional(readOnly = true)
  public List<Attachment> ofTask(String taskId, String caller) {
    return attachments.findByProcessInstanceIdOrderByUploadedAtAscIdAsc(workable(taskId, caller).getProcessInstanceId());
  }

  /** The files of an application, for a page that has already checked the reader (审批单, the application page). */
  @Transactional(readOnly = true)
  public List<Attachment> ofCheckedApplication(String processInstanceId) {
    return attachments.findByProcessInstanceIdOrderByUploadedAtAscIdAsc(processInstanceId);
  }

  @Transactional(readOnly = true)
  public Download open(long id, String caller) {
    Attachment attachment = readable(id, caller);
    return new Download(attachment, contents.findById(id).orElseThrow().content());
  }

  @Transactional
  public Attachment delete(long id, String caller) {
    Attachment attachment = readable(id, caller);
    if (!attachment.uploadedBy().equals(caller)) {
      throw Refusal.forbidden("只有上传人可以删除这个附件。");
    }
    if (!deletable(attachment, caller)) {
      throw Refusal.badRequest(attachment.taskId() == null ? "这项申请已经结束，附件已归档，不能删除。"
          : "“" + attachment.step() + "”环节已经办理完毕，附件已归档，不能删除。");
    }
    contents.deleteById(id);
    attachments.delete(attachment);
    comment(attachment.taskId(), attachment.processInstanceId(), "删除附件“" + attachment.fileName() + "”");
    return attachment;
  }

  /** The uploader may delete it while its step — or, attached to the application, the application — is open. */
  public boolean deletable(Attachment attachment, String caller) {
    if (!attachment.uploadedBy().equals(caller)) {
      return false;
    }
    return attachment.taskId() == null ? involvement.running(attachment.processInstanceId())
        : privileged.call(() -> taskService.createTaskQuery().taskId(attachment.taskId()).count()) > 0;
  }

  private Attachment store(String processInstanceId, String taskId, String step, String caller, String fileName,
      InputStream in, long size) throws IOException {
    UploadedFile file = UploadedFile.check(fileName, in, size, rules);
    Attachment attachment = attachments.save(new Attachment(processInstanceId, taskId, step, file, caller, clock.now()));
    contents.save(new AttachmentContent(attachment.id(), file.content()));
    comment(taskId, processInstanceId, "上传附件“" + file.name() + "”");
    return attachment;
  }

  private void comment(String taskId, String processInstanceId, String message) {
    privileged.run(() -> taskService.createComment(taskId, processInstanceId, message));
  }

  private Attachment readable(long id, String caller) {
    Attachment attachment = attachments.findById(id).orElseThrow(() -> Refusal.notFound("没有找到这个附件，或您无权查看。"));
    try {
      involvement.instanceFor(attachment.processInstanceId(), caller, true);
    } catch (Refusal notTheirs) {
      throw Refusal.notFound("没有找到这个附件，或您无权查看。");
    }
    return attachment;
  }

  /** The task, if the caller may work it now: its assignee, the one who delegated it, or — unclaimed — a candidate. */
  private Task workable(String taskId, String caller) {
    Task task = privileged.call(() -> taskService.createTaskQuery().taskId(taskId).or().taskAssignee(caller)
        .taskOwner(caller).taskCandidateUser(caller).endOr().singleResult());
    if (task == null) {
      throw Refusal.notFound("没有找到这项待办，或您无权办理。");
    }
    return task;
  }
}

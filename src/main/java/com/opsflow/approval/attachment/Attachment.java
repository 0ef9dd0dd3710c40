package com.opsflow.approval.attachment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to an application: who attached it, at which step, what it is; its bytes are an {@link AttachmentContent}. */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;
  @Column(name = "task_id")
  private String taskId;
  private String step;
  @Column(name = "file_name", nullable = false)
  private String fileName;
  @Column(name = "content_type", nullable = false)
  private String contentType;
  @Column(name = "size_bytes", nullable = false)
  private long size;
  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;
  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected Attachment() {
  }

  Attachment(String processInstanceId, String taskId, String step, UploadedFile file, String uploadedBy, Instant at) {
    this.processInstanceId = processInstanceId;
    this.taskId = taskId;
    this.step = step;
    this.fileName = file.name();
    this.contentType = file.type();
    this.size = file.content().length;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = at;
  }

  public Long id() {
    return id;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  /** The step it was attached at; null when attached to the application itself. */
  public String taskId() {
    return taskId;
  }

  public String step() {
    return step;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  /** The size as people read it: 850 B, 12 KB, 3.4 MB. */
  public String sizeText() {
    return size < 1024 ? size + " B" : size < 1024 * 1024 ? (size + 512) / 1024 + " KB" : UploadedFile.megabytes(size);
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}

package com.opsflow.approval.attachment;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What may be attached (opsflow.attachments): the largest file, and the file types by what their content is. Set in
 * configuration, so the company widens or narrows it without a release. HTML, scripts and programs are never served,
 * whatever this says: they are not in the list, and the list only takes types a browser will not run.
 */
@ConfigurationProperties("opsflow.attachments")
public record AttachmentRules(DataSize maxSize, List<String> types) {

  public AttachmentRules {
    maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    types = types == null || types.isEmpty() ? DEFAULT_TYPES : List.copyOf(types);
  }

  /** Documents, spreadsheets, slides, photos and plain text, as offices exchange them. */
  static final List<String> DEFAULT_TYPES = List.of(
      "application/pdf",
      "image/png", "image/jpeg", "image/gif", "image/webp",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
      "text/plain", "text/csv");
}

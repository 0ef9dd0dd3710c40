package com.opsflow.approval.attachment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Attachments extends JpaRepository<Attachment, Long> {

  List<Attachment> findByProcessInstanceIdOrderByUploadedAtAscIdAsc(String processInstanceId);
}

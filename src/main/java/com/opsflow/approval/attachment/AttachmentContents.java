package com.opsflow.approval.attachment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentContents extends JpaRepository<AttachmentContent, Long> {
}
